// Where the e2e tests find the built extension, the samples, and where they leave artifacts.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/serve-samples.mjs';

export { repoRoot };

/** artifacts/e2e (git-ignored): screenshots, net logs, browser logs. Created on first use. */
export function artifactsDir(): string {
  const dir = join(repoRoot, 'artifacts', 'e2e');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A built extension folder under dist/ (e.g. 'chrome-e2e'). Throws with the command to run when it is
 * missing, so a stale or absent build fails loudly instead of skipping.
 */
export function builtExtension(variant: string): string {
  const dir = join(repoRoot, 'dist', variant);
  try {
    statSync(join(dir, 'manifest.json'));
  } catch {
    throw new Error(
      `No extension build at dist/${variant}/manifest.json. Build it first (npm run build:e2e).`,
    );
  }
  return dir;
}

/** The sample corpus files (samples/corpus: one .jsonl of five articles), sorted by name. */
export function sampleCorpusFiles(): string[] {
  const dir = join(repoRoot, 'samples', 'corpus');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}
