import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AssetReader } from '../core/assets';

const PUBLIC = new URL('../../public/', import.meta.url);

/** The engine's data files as Node hosts (CLI, tests, scripts) read them: from the repository's
 *  `public/` folder, the same files the extension packages. */
export const readAsset: AssetReader = async (path) => {
  if (path.includes('..')) throw new Error(`readAsset: "${path}" leaves the public folder`);
  return new Uint8Array(await readFile(fileURLToPath(new URL(path, PUBLIC))));
};
