// One zip per store from the production builds: artifacts/crosscheck-chrome-<version>.zip from
// dist/chrome and artifacts/crosscheck-firefox-<version>.zip from dist/firefox (`npm run package`
// builds first). web-ext's builder zips both: it only packs the folder, manifest.json at the root.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const artifacts = join(root, 'artifacts');

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

for (const store of ['chrome', 'firefox']) {
  const sourceDir = join(root, 'dist', store);
  const manifestFile = join(sourceDir, 'manifest.json');
  if (!existsSync(manifestFile)) fail(`no dist/${store}/manifest.json; run npm run build`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.version !== version) {
    fail(`dist/${store} is version ${manifest.version}, package.json says ${version}; rebuild`);
  }
  // The e2e builds grant the test server's hosts; they must never be shipped.
  if (manifest.host_permissions?.length) {
    fail(`dist/${store} grants host_permissions ${JSON.stringify(manifest.host_permissions)}`);
  }
  if (store === 'firefox' && !manifest.browser_specific_settings?.gecko?.id) {
    fail('dist/firefox has no browser_specific_settings.gecko.id');
  }
  const { extensionPath } = await webExt.cmd.build(
    {
      sourceDir,
      artifactsDir: artifacts,
      filename: `crosscheck-${store}-{version}.zip`,
      overwriteDest: true,
    },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  const kib = (statSync(extensionPath).size / 1024).toFixed(1);
  console.log(`${relative(root, extensionPath)} (${kib} KiB)`);
}
