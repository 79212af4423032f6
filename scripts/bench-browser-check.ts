// Check latency in the extension itself: Debian's Chromium with the chrome-e2e build (`npm run
// build:e2e` first), its IndexedDB holding the corpus. The bench article of scripts/bench.ts is served
// as a page; the time is what a reader waits after asking for a check (`popup-bg-check-tab` from an
// extension page until the verdicts come back): content script injection, Readability, messages, the
// engine over IndexedDB, the source details, the tab state; the background's own timings of the
// engine and the source details are printed apart. Baseline, measured in the same run: the
// engine alone in Node over the in-memory store (what the CLI does) on the same corpus and article.
// Corpora: the 2,095 BBC articles (folder picker), then 7,905 synthetic ones on top (one .jsonl).
//   npx tsx scripts/bench-browser-check.ts [--runs N]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { MemoryCorpusStore, checkArticle, importDocuments, type RawDocument } from '../src/core';
import { corpusFiles } from '../src/cli/read-input';
import { parseText } from '../src/importers';
import type { TabCheckState } from '../src/messages/protocol';
import { launchChromium } from '../tests/e2e/support/chromium';
import { optionsPath, tabIdsShowing } from '../tests/e2e/support/extension-api';
import { builtExtension, repoRoot } from '../tests/e2e/support/paths';
import { startServer } from '../tests/e2e/support/server';
import { benchArticle, syntheticArticles } from './bench-corpus';

const bbcFolder = resolve(repoRoot, '..', 'shared', 'corpora', 'bbc-2095');
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 7;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Runs in an extension page: asks the background to check a tab, as the popup does, and times it. */
async function timedCheck(tabId: number): Promise<{ ms: number; state: TabCheckState }> {
  const api = (
    globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
  ).chrome;
  const started = performance.now();
  const state = (await api.runtime.sendMessage({
    type: 'popup-bg-check-tab',
    payload: { tabId },
  })) as TabCheckState;
  return { ms: performance.now() - started, state };
}

async function waitForImport(page: Page, documents: number): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      new RegExp(`^\\s*${expected} documents`).test(
        (document.querySelector('[data-testid=corpus-totals]')?.textContent ?? '').replace(
          /,/g,
          '',
        ),
      ),
    documents,
    { timeout: 600_000, polling: 1000 },
  );
}

async function nodeBaseline(corpus: RawDocument[], text: string): Promise<number> {
  const store = new MemoryCorpusStore();
  await importDocuments(store, corpus);
  await checkArticle({ title: 'bench', text }, store);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await checkArticle({ title: 'bench', text }, store);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  const bbc = corpusFiles(bbcFolder).map((file) => parseText(readFileSync(file, 'utf8'), file));
  const text = benchArticle(bbc);
  const synthetic = syntheticArticles(bbc, 10_000 - bbc.length);
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const paragraphs = text.split('\n\n').map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`);
  writeFileSync(
    join(work, 'article.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head>` +
      `<body><article><h1>Bench article</h1>${paragraphs.join('')}</article></body></html>`,
  );
  writeFileSync(
    join(work, 'synthetic.jsonl'),
    synthetic.map(({ title, text: body }) => JSON.stringify({ title, text: body })).join('\n'),
  );
  const server = await startServer({ mounts: { '/bench/': work } });
  const browser = await launchChromium({
    extensionDir: builtExtension('chrome-e2e'),
    offline: true,
  });
  try {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl(optionsPath));
    const articleUrl = server.url('/bench/article.html');
    const article = await browser.context.newPage();
    await article.goto(articleUrl);
    const [tabId] = await browser.worker.evaluate(tabIdsShowing, articleUrl);
    if (tabId === undefined) throw new Error('the bench article tab was not found');
    // tsx compiles with esbuild's keepNames, whose __name helper the page does not have.
    await options.evaluate('globalThis.__name = (f) => f');

    const stages: [string, RawDocument[], () => Promise<void>][] = [
      ['BBC', bbc, () => options.getByTestId('import-folder').setInputFiles(bbcFolder)],
      [
        '10k',
        [...bbc, ...synthetic],
        () => options.getByTestId('import-files').setInputFiles(join(work, 'synthetic.jsonl')),
      ],
    ];
    for (const [label, corpus, importCorpus] of stages) {
      // A tab in the background is throttled: the corpus page imports in front, the checks run
      // with the article in front, as when a reader clicks the toolbar button.
      await options.bringToFront();
      const importStarted = performance.now();
      await importCorpus();
      await waitForImport(options, label === 'BBC' ? 2060 : 9965);
      const importSeconds = (performance.now() - importStarted) / 1000;
      await article.bringToFront();
      const first = await options.evaluate(timedCheck, tabId);
      if (first.state.state !== 'done')
        throw new Error(`check failed: ${JSON.stringify(first.state)}`);
      const times: number[] = [];
      const engine: number[] = [];
      const sources: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { ms, state } = await options.evaluate(timedCheck, tabId);
        times.push(ms);
        if (state.state === 'done') {
          engine.push(state.timings.check);
          sources.push(state.timings.sources);
        }
      }
      const browserMs = median(times);
      const nodeMs = await nodeBaseline(corpus, text);
      console.log(
        `${label}: ${(await options.getByTestId('corpus-totals').textContent())?.trim() ?? ''} (imported in ${importSeconds.toFixed(0)} s), ` +
          `${first.state.report.claims.length} claims — check in Chromium ${browserMs.toFixed(0)} ms (median of ${RUNS}; first ${first.ms.toFixed(0)} ms, engine ${first.state.timings.check.toFixed(0)} ms, loading the word meaning ${first.state.timings.resources.toFixed(0)} ms), ` +
          `of which the engine over IndexedDB ${median(engine).toFixed(0)} ms and source details ${median(sources).toFixed(0)} ms; ` +
          `engine alone in Node ${nodeMs.toFixed(1)} ms, ratio ${(browserMs / nodeMs).toFixed(1)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
