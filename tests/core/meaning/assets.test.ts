import { describe, expect, it } from 'vitest';
import { VECTORS_ASSET, WORDNET_ASSET } from '../../../src/core/meaning';
import { readAsset } from '../../../src/node/read-asset';

// The extension packages these files: they stay within the budget they were generated for.
describe('packaged meaning assets', () => {
  it('stay small', async () => {
    expect((await readAsset(VECTORS_ASSET)).length).toBeLessThanOrEqual(7 * 1024 * 1024);
    expect((await readAsset(WORDNET_ASSET)).length).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('come with the notices their licences ask for', async () => {
    const notice = new TextDecoder().decode(await readAsset('engine/NOTICE.md'));
    expect(notice).toContain('WordNet 3.1 Copyright 2011 by Princeton University');
    expect(notice).toContain('Public Domain Dedication and License');
    expect(notice).toContain('Copyright (c) 2024  GRAYPE Systems Private Limited');
    expect(notice).toContain('scripts/build-meaning-assets.ts');
  });
});
