// Negative controls for the privacy checks of the other e2e tests: a deliberate request to an outside
// host from a page must show up in each recorder, and the service worker's requests must be recorded
// too (its outside requests cannot even start: the extension's CSP refuses them). Without this, an
// empty list of requests could mean a recorder that sees nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { isLocalOrExtension } from './support/extension-api';
import { launchFirefox } from './support/firefox';
import { netLogViolations, summarizeNetLog } from './support/netlog';
import { builtExtension } from './support/paths';
import { firefoxProxyPrefs, startRecordingProxy } from './support/proxy';
import { startServer, type SampleServer } from './support/server';

/** Runs in a page or worker: a request that must never happen in real use. 'blocked' if refused. */
async function leak(url: string): Promise<string> {
  return fetch(url).then(
    (response) => `status ${response.status}`,
    (error: unknown) => `blocked: ${String(error)}`,
  );
}

describe('privacy checks see a deliberate leak', () => {
  let server: SampleServer;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('Chromium: Playwright events and the net log report it; the worker is recorded and fenced by CSP', async () => {
    const browser = await launchChromium({
      extensionDir: builtExtension('chrome-e2e'),
      netLog: true,
      offline: true,
    });
    const ownFile = browser.extensionUrl('manifest.json');
    let fromWorker: string;
    let fromWorkerOutside: string;
    try {
      // The service worker's own requests are recorded...
      fromWorker = await browser.worker.evaluate(leak, ownFile);
      // ...and one to anywhere else never starts: the extension's CSP (connect-src) refuses it.
      fromWorkerOutside = await browser.worker.evaluate(leak, 'https://worker-leak.example/x');
      const page = await browser.context.newPage();
      await page.goto(server.url('/samples/article.html'));
      await page.evaluate(leak, 'https://page-leak.example/y');
    } finally {
      await browser.close();
    }
    expect(fromWorker).toBe('status 200');
    expect(fromWorkerOutside).toMatch(/^blocked/);
    expect(browser.requests).toContainEqual({ url: ownFile, from: 'service-worker' });
    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    const outside = browser.requests
      .filter((r) => !isLocalOrExtension(r.url, server.origin, extensionOrigin))
      .map((r) => r.url);
    expect(outside).toEqual(['https://page-leak.example/y']);
    const violations = netLogViolations(summarizeNetLog(browser.netLog ?? ''), [server.origin]);
    expect(violations.join('\n')).toContain('https://page-leak.example/y');
    expect(violations.join('\n')).not.toContain('worker-leak.example');
  });

  it('Firefox: the recording proxy reports it', async () => {
    const proxy = await startRecordingProxy();
    const firefox = await launchFirefox({
      extensionDir: builtExtension('firefox-e2e'),
      prefs: firefoxProxyPrefs(proxy.port),
    });
    try {
      const page = await firefox.newPage();
      await page.goto(server.url('/samples/article.html'));
      await page.evaluate(leak, 'https://page-leak.example/y');
      await page.evaluate(leak, 'http://plain-leak.example/z');
    } finally {
      await firefox.close();
      await proxy.close();
    }
    expect(proxy.requests).toContain('CONNECT page-leak.example:443');
    expect(proxy.requests).toContain('http://plain-leak.example/z');
  });
});
