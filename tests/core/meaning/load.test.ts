import { describe, expect, it } from 'vitest';
import type { AssetReader } from '../../../src/core/assets';
import { createMeaningLoader } from '../../../src/core/meaning';
import { readAsset } from '../../../src/node/read-asset';

describe('a meaning loader', () => {
  it('rejects when a file cannot be read, then tries again and loads once', async () => {
    // A loader of its own: the test setup has already loaded the host's.
    const { load: loadMeaning, loaded: loadedMeaning } = createMeaningLoader();
    const failing: AssetReader = (path) => Promise.reject(new Error(`no ${path}`));
    await expect(loadMeaning(failing)).rejects.toThrow(/no engine\//);
    expect(loadedMeaning()).toBeNull();
    // A file that reads but does not parse fails the load just the same.
    const garbled: AssetReader = () => Promise.resolve(new TextEncoder().encode('garbled'));
    await expect(loadMeaning(garbled)).rejects.toThrow(/word vectors|wordnet/);
    expect(loadedMeaning()).toBeNull();

    let reads = 0;
    const counting: AssetReader = (path) => {
      reads++;
      return readAsset(path);
    };
    const [first, second] = await Promise.all([loadMeaning(counting), loadMeaning(counting)]);
    expect(first).toBe(second);
    expect(await loadMeaning(counting)).toBe(first);
    expect(reads).toBe(2);
    expect(loadedMeaning()).toBe(first);
    expect(first.vectors.has('minister')).toBe(true);
    expect(first.wordnet.has('minister')).toBe(true);
  });
});
