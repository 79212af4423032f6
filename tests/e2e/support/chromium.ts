// Launches Debian's Chromium (never a downloaded browser) through playwright-core with an unpacked
// extension loaded, a fresh temporary profile, every request recorded and, optionally, a net log.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ObservedRequest {
  url: string;
  /** 'service-worker' for the extension's background, else the URL of the page that asked. */
  from: string;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's service worker (the background). */
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Every request pages and workers of this context made, in order (Playwright's view). */
  requests: ObservedRequest[];
  /** Uncaught exceptions in any page of the context ("<page url>: <message>"). */
  pageErrors: string[];
  /** console.error output of any page of the context. */
  consoleErrors: string[];
  /** The net log's text once the browser has closed (null before, or without `netLog`). */
  netLog: string | null;
  /** Closes the browser and removes the profile. Safe to call twice. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  headless?: boolean;
  /** Record Chromium's own net log (every socket, DNS lookup and request of the whole browser). */
  netLog?: boolean;
  /** Where to keep the net log after closing (the profile folder is deleted). */
  netLogCopy?: string;
  /** Make every host but loopback unresolvable, so nothing can leave the machine even on CI. */
  offline?: boolean;
}

export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

export async function launchChromium(options: LaunchOptions): Promise<ChromiumSession> {
  const home = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const netLogFile = join(home, 'netlog.json');
  const args = chromiumArgs(options.extensionDir);
  if (options.netLog) args.push(`--log-net-log=${netLogFile}`, '--net-log-capture-mode=Default');
  if (options.offline) args.push('--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1');

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(join(home, 'profile'), {
      executablePath: chromiumPath,
      headless: options.headless ?? true,
      args,
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }

  const requests: ObservedRequest[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    let from = 'unknown';
    if (worker) from = 'service-worker';
    else {
      try {
        from = request.frame().url() || 'unknown';
      } catch {
        // Requests of frames that are already gone have no frame any more.
      }
    }
    requests.push({ url: request.url(), from });
  });
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  let worker: Worker;
  try {
    worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
  } catch (error) {
    await context.close().catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
    throw new Error(`the extension's service worker did not start: ${String(error)}`);
  }
  const extensionId = new URL(worker.url()).host;

  let closed = false;
  const session: ChromiumSession = {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    requests,
    pageErrors,
    consoleErrors,
    netLog: null,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      if (options.netLog) {
        session.netLog = readFileSync(netLogFile, 'utf8');
        if (options.netLogCopy) copyFileSync(netLogFile, options.netLogCopy);
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
  return session;
}
