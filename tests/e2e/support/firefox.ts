// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver) and
// installs an unpacked extension as a temporary add-on, with its moz-extension:// host pinned.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const geckoId = 'crosscheck@crosscheck.invalid';

export interface FirefoxSession {
  browser: Browser;
  /** The extension's moz-extension:// host, pinned through the extensions.webextensions.uuids pref. */
  uuid: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** Every request seen by the pages opened through `newPage` (BiDi network events). */
  requests: { url: string; from: string }[];
  /** Uncaught exceptions in pages opened through `newPage`. */
  pageErrors: string[];
  /** What Firefox printed so far (stdout and stderr, console output of all contexts included). */
  output(): string;
  /** A new tab whose requests and errors are recorded. */
  newPage(): Promise<Page>;
  /**
   * Navigates to an extension page and waits until it has loaded. page.goto() never resolves for
   * moz-extension:// URLs over BiDi (no load event), so the navigation is started without waiting
   * and the document is polled instead.
   */
  openExtensionPage(page: Page, path: string): Promise<void>;
  /** Closes Firefox and deletes its profile and temporary files. Safe to call twice. */
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  extensionDir: string;
  headless?: boolean;
  /** Extra Firefox preferences. */
  prefs?: Record<string, unknown>;
  /**
   * Keep Firefox's stdout and stderr here after closing. console.* of every context, the extension's
   * background page included, is copied to stdout (devtools.console.stdout.* prefs), so this is the
   * only place the background's errors show up.
   */
  logFile?: string;
}

export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxSession> {
  // Puppeteer makes its Firefox profile in os.tmpdir(), i.e. $TMPDIR, and may leave it behind after a
  // crash: give it a folder of its own and delete that folder at the end.
  const home = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-'));
  const tmp = join(home, 'tmp');
  mkdirSync(tmp);
  const savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  const uuid = randomUUID();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: options.headless ?? true,
      protocol: 'webDriverBiDi',
      // Without it, navigating to moz-extension:// is refused.
      args: ['--remote-allow-system-access'],
      // Release builds ignore services.settings.server unless this is set (see proxy.ts).
      env: { ...process.env, TMPDIR: tmp, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        'devtools.console.stdout.chrome': true,
        'devtools.console.stdout.content': true,
        ...options.prefs,
      },
    });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }

  const output: string[] = [];
  const child = browser.process();
  child?.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child?.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser.close().catch(() => undefined);
    if (options.logFile) writeFileSync(options.logFile, output.join(''));
    rmSync(home, { recursive: true, force: true });
  };

  try {
    const installed = await browser.installExtension(options.extensionDir);
    if (installed !== geckoId) {
      throw new Error(`installed add-on id is ${installed}, expected ${geckoId}`);
    }
  } catch (error) {
    await close();
    throw error;
  }

  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  const requests: { url: string; from: string }[] = [];
  const pageErrors: string[] = [];

  return {
    browser,
    uuid,
    extensionUrl,
    requests,
    pageErrors,
    output: () => output.join(''),
    newPage: async () => {
      const page = await browser.newPage();
      page.on('request', (request: HTTPRequest) => {
        requests.push({ url: request.url(), from: page.url() });
      });
      page.on('pageerror', (error: unknown) => {
        pageErrors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`);
      });
      return page;
    },
    openExtensionPage: async (page, path) => {
      const url = extensionUrl(path);
      page.goto(url).catch(() => undefined);
      // Polled by hand rather than with waitForFunction: while the navigation replaces the
      // document, Firefox's BiDi script.evaluate can fail once with an internal error ("right-hand
      // side of 'in' should be an object, got null"), which would end waitForFunction at once.
      const deadline = Date.now() + 30_000;
      let lastError = 'the page never finished loading';
      while (Date.now() < deadline) {
        try {
          const loaded = await page.evaluate(
            (expected: string) => location.href === expected && document.readyState === 'complete',
            url,
          );
          if (loaded) return;
        } catch (error) {
          lastError = error instanceof Error ? error.message : String(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Firefox: ${url} did not load within 30 s: ${lastError}`);
    },
    close,
  };
}
