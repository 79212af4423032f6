// `npm start`: a browser with Crosscheck loaded, the sample corpus imported and the sample article
// open, ready for a click on the toolbar button. Installs dependencies if node_modules is missing,
// builds, serves samples/ on 127.0.0.1, and runs until the browser is closed (or Ctrl-C).
//
//   npm start                    Chromium (CHROME_PATH, else /usr/bin/chromium), fresh profile
//   npm run start:firefox        Firefox through web-ext run (FIREFOX_PATH, else /usr/bin/firefox-esr)
//   node scripts/start.mjs --headless [--exit-after-import]
//                                no window: for machines without a display, and the smoke test
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const firefox = argv.includes('--firefox');
const headless = argv.includes('--headless');
const exitAfterImport = argv.includes('--exit-after-import');
const geckoId = 'crosscheck@crosscheck.invalid';

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

function findBrowser(envName, fallback, label) {
  const path = process.env[envName] || fallback;
  if (!existsSync(path)) {
    console.error(
      `start: ${label} not found at ${path}. Install it (Debian: apt-get install ${label}) ` +
        `or point ${envName} at the binary.`,
    );
    process.exit(1);
  }
  return path;
}

if (!existsSync(join(root, 'node_modules'))) run('npm', ['ci']);
run('npm', ['run', firefox ? 'build:firefox' : 'build:chrome']);

const { startServer } = await import('./serve-samples.mjs');
const server = await startServer();
const articleUrl = server.url('/samples/article.html');
console.log(`Sample article: ${articleUrl}`);

const cleanups = [() => server.close()];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cleanup().then(() => process.exit(130)));
}

if (firefox) await startFirefox();
else await startChromium();

async function startChromium() {
  const executablePath = findBrowser('CHROME_PATH', '/usr/bin/chromium', 'chromium');
  const { chromium } = await import('playwright-core');
  const extensionDir = join(root, 'dist', 'chrome');
  const home = mkdtempSync(join(tmpdir(), 'crosscheck-start-'));
  cleanups.push(() => rmSync(home, { recursive: true, force: true }));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Chromium's sandbox refuses to run as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (headless) args.push('--disable-gpu', '--disable-dev-shm-usage');
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath,
    headless,
    args,
    // This script owns Ctrl-C: close the browser, then the server, then remove the profile.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // Let the window size the page, as in everyday browsing.
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  cleanups.push(() => context.close());

  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  // The corpus page imports the bundled sample corpus when opened with #import-samples.
  const options = context.pages()[0] ?? (await context.newPage());
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html#import-samples`);
  const status = await options
    .getByTestId('import-status')
    .filter({ hasText: /Imported \d+ documents/ })
    .textContent({ timeout: 30_000 });
  console.log(`Corpus: ${status?.trim()}`);

  const article = await context.newPage();
  await article.goto(articleUrl);
  await article.bringToFront();

  if (exitAfterImport) {
    console.log('start: smoke run done');
    await cleanup();
    return;
  }
  console.log(
    'Ready: click the Crosscheck button in the toolbar (puzzle-piece menu → pin it) on the article.\n' +
      'Close the browser window or press Ctrl-C to stop.',
  );
  await new Promise((done) => context.once('close', done));
  await cleanup();
}

async function startFirefox() {
  const firefoxPath = findBrowser('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
  const { default: webExt } = await import('web-ext');
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-start-firefox-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  // Pin the extension's moz-extension:// host so the corpus page has a known address. Written into
  // the fresh profile here, not through web-ext's --pref: web-ext writes pref values to user.js
  // without escaping quotes, and Firefox drops the resulting JSON string.
  writeFileSync(
    join(profile, 'prefs.js'),
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [geckoId]: uuid }))});\n`,
  );
  const optionsUrl = `moz-extension://${uuid}/src/options/index.html#import-samples`;
  // The smoke run (--exit-after-import) reads the corpus page back over WebDriver BiDi.
  const bidiPort = exitAfterImport ? await freePort() : null;
  const args = [];
  if (headless) args.push('--headless');
  if (bidiPort) args.push(`--remote-debugging-port=${bidiPort}`, '--remote-allow-system-access');
  const runner = await webExt.cmd.run(
    {
      sourceDir: join(root, 'dist', 'firefox'),
      firefox: firefoxPath,
      firefoxProfile: profile,
      keepProfileChanges: true,
      noReload: true,
      noInput: true,
      startUrl: [optionsUrl, articleUrl],
      args,
      pref: {
        'browser.shell.checkDefaultBrowser': false,
        'browser.startup.homepage_override.mstone': 'ignore',
        'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
      },
    },
    { shouldExitProgram: false },
  );
  cleanups.push(() => runner.exit());
  console.log(`Corpus page: ${optionsUrl}`);

  if (bidiPort) {
    const status = await importStatusOverBidi(bidiPort, optionsUrl);
    console.log(status ? `Corpus: ${status}` : 'start: the corpus page did not import the samples');
    await cleanup();
    process.exit(status ? 0 : 1);
  }
  console.log(
    'Ready: click the Crosscheck button in the toolbar on the article.\n' +
      'Close Firefox or press Ctrl-C to stop.',
  );
}

/** Reads the corpus page's import status through WebDriver BiDi, waiting up to 30 s. */
async function importStatusOverBidi(port, optionsUrl) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.connect({
    browserWSEndpoint: `ws://127.0.0.1:${port}/session`,
    protocol: 'webDriverBiDi',
  });
  try {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        const status = await page
          .evaluate(
            // Runs in the page, where location and document are the page's.
            (url) =>
              globalThis.location.href === url
                ? (globalThis.document.querySelector('[data-testid=import-status]')?.textContent ??
                  '')
                : '',
            optionsUrl,
          )
          .catch(() => '');
        if (/Imported \d+ documents/.test(status)) return status.trim();
      }
      await new Promise((done) => setTimeout(done, 250));
    }
    return null;
  } finally {
    await browser.disconnect();
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}
