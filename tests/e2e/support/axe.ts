// axe-core in the browser: the extension pages forbid inline scripts (`script-src 'self'`), so
// page.addScriptTag({ content }) is refused there. Playwright's page.evaluate(string) goes through
// the DevTools protocol (Runtime.evaluate), which the page's CSP does not govern, so the library's
// source is evaluated that way, in the page's main world, in every kind of page alike.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | null = null;

/** axe-core's source, read once from node_modules. */
export function axeSource(): string {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  tags: string[];
  help: string;
  /** The offending elements: CSS selector and a short HTML excerpt each. */
  nodes: { target: string; html: string; summary: string }[];
}

/** Loads axe-core into the page (once) and runs it on the whole document with its default rules. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluate(`${axeSource()}\n;undefined`);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<AxeResults> } })
      .axe;
    const { violations } = await axe.run(document);
    return violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      tags: violation.tags,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html.slice(0, 200),
        summary: (node.failureSummary ?? '').slice(0, 400),
      })),
    }));
  });
  return results;
}

/** One line per violation and element, for test output and reports. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact ?? '?'}; ${v.tags.join(',')}): ${n.target} — ${n.html}`,
      ),
    )
    .join('\n');
}
