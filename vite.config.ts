import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';

type Browser = 'chrome' | 'firefox';

interface Target {
  browser: Browser;
  /** End-to-end build: also grants the local test server's host permission, standing in for the
   *  reader's toolbar click (activeTab), which automation cannot give. Never shipped. */
  e2e: boolean;
  outDir: string;
}

function target(mode: string): Target {
  const match = /^(chrome|firefox)(-e2e)?$/.exec(mode);
  if (!match) {
    throw new Error(
      `vite.config: build with --mode chrome, firefox, chrome-e2e or firefox-e2e, not "${mode}"`,
    );
  }
  return { browser: match[1] as Browser, e2e: Boolean(match[2]), outDir: `dist/${mode}` };
}

const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Copies the project's sample corpus (samples/corpus) into the build, with an index of its files. */
function sampleCorpus(outDir: string): Plugin {
  return {
    name: 'crosscheck-sample-corpus',
    apply: 'build',
    closeBundle() {
      const source = 'samples/corpus';
      const destination = join(outDir, 'samples');
      const names = readdirSync(source)
        .filter((name) => !name.startsWith('.'))
        .sort();
      mkdirSync(destination, { recursive: true });
      names.forEach((name) => copyFileSync(join(source, name), join(destination, name)));
      writeFileSync(join(destination, 'index.json'), JSON.stringify(names));
    },
  };
}

export default defineConfig(({ mode }) => {
  const { browser, e2e, outDir } = target(mode);
  return {
    plugins: [
      preact(),
      webExtension({
        browser,
        manifest: () => {
          const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<
            string,
            unknown
          >;
          return e2e ? { ...manifest, host_permissions: E2E_HOSTS } : manifest;
        },
        // The content script is injected on demand (scripting.executeScript) and registered at
        // run time for opted-in sites, so the manifest does not name it: build it as an extra input.
        additionalInputs: ['src/content/index.ts'],
        // Validation downloads a JSON schema; the build must not depend on the network.
        skipManifestValidation: true,
        disableAutoLaunch: true,
      }),
      sampleCorpus(outDir),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      target: 'es2022',
    },
  };
});
