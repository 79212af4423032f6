// Installs the locked dependencies (npm ci) when node_modules is missing, so that `npm test` and
// `npm start` work in a fresh clone. Does nothing when node_modules is there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Runs npm ci in the repository when node_modules is missing; exits the process if it fails. */
export function ensureDeps() {
  if (existsSync(join(root, 'node_modules'))) return;
  console.log('> npm ci   (node_modules is missing)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('ensure-deps: npm ci failed');
    process.exit(result.status ?? 1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureDeps();
