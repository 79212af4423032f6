// `web-ext lint` on the Firefox build: prints every message, fails (exit 1) on any error.
// Warnings and notices are printed but do not fail. Usage:
//   node scripts/lint-firefox.mjs [--source-dir dist/firefox]
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const flag = process.argv.indexOf('--source-dir');
const sourceDir = resolve(root, flag > 0 ? process.argv[flag + 1] : 'dist/firefox');

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(
    `lint-firefox: no manifest.json in ${relative(root, sourceDir)}; run npm run build`,
  );
  process.exit(1);
}

const result = await webExt.cmd.lint(
  {
    sourceDir,
    output: 'none',
    boring: true,
    metadata: false,
    pretty: false,
    selfHosted: false,
    warningsAsErrors: false,
  },
  { shouldExitProgram: false },
);

const where = (m) =>
  m.file ? `${m.file}${m.line ? `:${m.line}` : ''}${m.column ? `:${m.column}` : ''}` : '';
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of result[kind] ?? []) {
    console.log(`${m._type.toUpperCase()} ${m.code} ${where(m)}\n  ${m.message}`);
  }
}
const { errors, warnings, notices } = result.summary;
console.log(
  `web-ext lint ${relative(root, sourceDir)}: ${errors} errors, ${warnings} warnings, ${notices} notices`,
);
process.exit(errors > 0 ? 1 : 0);
