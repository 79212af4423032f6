// `npm start`: a browser with Crosscheck loaded, the sample corpus imported and the sample article
// open, ready for a click on the toolbar button. Installs dependencies if node_modules is missing,
// builds, serves samples/ on 127.0.0.1, and runs until the browser is closed (or Ctrl-C). Without a
// display it says so in one line; the temporary browser profile is removed on every way out (the
// browser closed, Ctrl-C, SIGTERM, an error).
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
import { ensureDeps } from './ensure-deps.mjs';

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
  if (!existsSync(path))
    throw new Error(
      `${label} not found at ${path}. Install it (Debian: apt-get install ${label}) ` +
        `or point ${envName} at the binary.`,
    );
  return path;
}

// A window needs a display: on Linux and the BSDs, an X or Wayland server named by the environment.
const needsDisplay = !['darwin', 'win32'].includes(process.platform);
if (!headless && needsDisplay && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'start: no display (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open; ' +
      `without a window: node scripts/start.mjs --headless${firefox ? ' --firefox' : ''}`,
  );
  process.exit(1);
}

ensureDeps();
run('npm', ['run', firefox ? 'build:firefox' : 'build:chrome']);

// Everything to undo, last first: the browser, the server, the temporary profile. Run once, on
// whichever way out comes first.
const cleanups = [];
/** Temporary folders, also removed synchronously at exit in case an async step never ran. */
const temporary = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    console.log(`start: ${signal}, stopping`);
    cleanup().then(() => process.exit(code));
  });
}

/** A temporary folder that cleanup (and the exit handler) removes. */
function temporaryDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

try {
  const { startServer } = await import('./serve-samples.mjs');
  const server = await startServer();
  cleanups.push(() => server.close());
  const articleUrl = server.url('/samples/article.html');
  console.log(`Sample article: ${articleUrl}`);
  if (firefox) await startFirefox(articleUrl);
  else await startChromium(articleUrl);
} catch (error) {
  await cleanup();
  console.error(`start: ${oneLine(error)}`);
  process.exit(1);
}

/** The first line of an error's message (Playwright's carry a call log and a banner below it). */
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/Missing X server|\$DISPLAY|cannot open display/i.test(message))
    return 'the browser found no display; without a window: node scripts/start.mjs --headless';
  return message.split('\n').find((line) => line.trim()) ?? 'failed';
}

async function startChromium(articleUrl) {
  const executablePath = findBrowser('CHROME_PATH', '/usr/bin/chromium', 'chromium');
  const { chromium } = await import('playwright-core');
  const extensionDir = join(root, 'dist', 'chrome');
  const home = temporaryDir('crosscheck-start-');
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

async function startFirefox(articleUrl) {
  const firefoxPath = findBrowser('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
  const { default: webExt } = await import('web-ext');
  const uuid = randomUUID();
  const profile = temporaryDir('crosscheck-start-firefox-');
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
  // Firefox closed by the reader: web-ext's runner ends; so does this script, profile removed.
  runner.registerCleanup(() => {
    if (!cleaning) void cleanup().then(() => process.exit(0));
  });
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
