import { USE_SELECTION_FLAG, type TabCheckState } from '../messages/protocol';
import { sendToBackground } from '../messages/client';
import { extractArticle, extractSelection } from './extract';
import { markClaims, type ClaimToMark } from './highlight';

// Injected on the reader's click (or registered for an opted-in site); each run checks the page anew.
async function run(): Promise<void> {
  const url = location.href;
  const useSelection = (globalThis as Record<string, unknown>)[USE_SELECTION_FLAG] === true;
  const article = useSelection
    ? extractSelection(document, url)
    : (extractArticle(document, url) ?? extractSelection(document, url));
  const state = await sendToBackground(
    'cs-bg-article',
    article ?? { noArticle: true as const, url },
  );
  highlight(state);
}

function highlight(state: TabCheckState): void {
  if (state.state !== 'done') return;
  const claims = state.report.claims.flatMap((claim): ClaimToMark[] => {
    if (claim.verdict === 'uncorroborated') return [{ text: claim.text, style: 'uncorroborated' }];
    if (claim.verdict === 'differing' || claim.verdict === 'mixed') {
      return [{ text: claim.text, style: 'differing' }];
    }
    return [];
  });
  const result = markClaims(document, claims);
  if (result.unmapped.length) {
    console.info(`Crosscheck: ${result.unmapped.length} claims could not be found on the page`);
  }
}

run().catch((error: unknown) => console.error('Crosscheck: content script failed', error));
