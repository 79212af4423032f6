import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';

type Browser = 'chrome' | 'firefox';

function targetBrowser(mode: string): Browser {
  if (mode === 'chrome' || mode === 'firefox') return mode;
  throw new Error(`vite.config: build with --mode chrome or --mode firefox, not "${mode}"`);
}

export default defineConfig(({ mode }) => {
  const browser = targetBrowser(mode);
  return {
    plugins: [
      preact(),
      webExtension({
        browser,
        manifest: () =>
          JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>,
        // The content script is injected on demand (scripting.executeScript) and registered at run time
        // for opted-in sites, so the manifest does not name it: build it as an extra input.
        additionalInputs: ['src/content/index.ts'],
        // Validation downloads a JSON schema; the build must not depend on the network.
        skipManifestValidation: true,
        disableAutoLaunch: true,
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      target: 'es2022',
    },
  };
});
