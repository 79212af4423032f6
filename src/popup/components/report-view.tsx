import { useEffect, useState } from 'preact/hooks';
import type { TabCheckState } from '../../messages/protocol';
import { t, tCount } from '../../ui/i18n';
import type { PopupActions, PopupTab } from '../actions';
import { reportToJson, reportToMarkdown } from '../report-export';
import { AddPageButton } from './add-page-button';
import { ClaimItem } from './claim-item';
import { FilterBar, matchesFilter, type VerdictFilter } from './filter-bar';
import { SourcesPanel } from './sources-panel';
import { Summary } from './summary';
import { CoverageHeadline, OwnCopyBanner } from './coverage-headline';
import { MarksLegend } from './word-marks';
import { STANDINGS, standingOf } from '../../core/report/counts';
import { Tabs } from './tabs';

type DoneState = Extract<TabCheckState, { state: 'done' }>;

const FILTERS: VerdictFilter[] = ['all', ...STANDINGS];

export function ReportView({
  state,
  tab,
  actions,
  onRecheck,
}: {
  state: DoneState;
  tab: PopupTab | null;
  actions: PopupActions;
  /** Checks the page again (after it was added to the corpus). */
  onRecheck?: () => void;
}) {
  const { report, sources } = state;
  const [panel, setPanel] = useState<'claims' | 'sources'>('claims');
  const [filter, setFilter] = useState<VerdictFilter>('all');
  const standings = report.claims.map(standingOf);
  const counts = Object.fromEntries(
    FILTERS.map((f) => [f, standings.filter((s) => matchesFilter(s, f)).length]),
  ) as Record<VerdictFilter, number>;
  const visibleClaims = report.claims
    .map((claim, index) => ({ claim, index }))
    .filter(({ index }) => matchesFilter(standings[index] ?? 'uncorroborated', filter));

  const exportAs = async (format: 'json' | 'md') => {
    const context = {
      state,
      corpusFingerprint: await actions.corpusFingerprint(),
      exportedAt: new Date(),
    };
    const base = `crosscheck-${new Date(state.checkedAt).toISOString().slice(0, 10)}`;
    if (format === 'json')
      actions.download(`${base}.json`, reportToJson(context), 'application/json');
    else actions.download(`${base}.md`, reportToMarkdown(context), 'text/markdown');
  };
  const openDocument = (id: string) => void actions.openCorpusPage(id);
  const reveal = (index: number) =>
    tab ? actions.revealClaim(tab.id, index) : Promise.resolve(false);

  return (
    <>
      <header>
        <h1 data-testid="article-title" dir="auto">
          {report.article.title}
        </h1>
        <p class="meta">
          {[
            state.page.siteName,
            report.article.language,
            tCount('popupCheckedAgainst', state.corpusDocuments),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <OwnCopyBanner report={report} />
        <CoverageHeadline report={report} />
        <Summary report={report} sources={sources} />
        {state.placement && state.placement.unmapped.length > 0 && (
          <details class="placement" data-testid="unplaced-claims">
            <summary>{tCount('popupUnplaced', state.placement.unmapped.length)}</summary>
            <ul>
              {state.placement.unmapped.map((text, i) => (
                <li key={i} dir="auto">
                  {text}
                </li>
              ))}
            </ul>
          </details>
        )}
      </header>
      <Tabs
        tabs={[
          { key: 'claims', label: t('popupClaimsTab') },
          { key: 'sources', label: t('popupSourcesTab') },
        ]}
        selected={panel}
        onSelect={setPanel}
      >
        {panel === 'claims' ? (
          <>
            <FilterBar value={filter} counts={counts} onChange={setFilter} />
            {report.claims.some((c) => c.support.length > 0) && <MarksLegend />}
            {visibleClaims.length === 0 && <p class="status">{t('popupNoClaimsForFilter')}</p>}
            {/* When the corpus has nothing on the story, "uncorroborated" is no warning: grey. */}
            <ol class={report.coverage?.documents === 0 ? 'claims not-covered' : 'claims'}>
              {visibleClaims.map(({ claim, index }) => (
                <ClaimItem
                  key={index}
                  claim={claim}
                  articleLanguage={report.article.language}
                  index={index}
                  sources={sources}
                  onReveal={reveal}
                  onOpenDocument={openDocument}
                />
              ))}
            </ol>
          </>
        ) : (
          <SourcesPanel report={report} sources={sources} onOpenDocument={openDocument} />
        )}
      </Tabs>
      <footer>
        <SiteToggles tab={tab} actions={actions} />
        <button type="button" class="link" onClick={() => void actions.openCorpusPage()}>
          {t('popupOpenCorpus')}
        </button>
      </footer>
      {/* Export and Add this page stay in view however far the claims are scrolled. */}
      <div class="action-bar" role="group" aria-label={t('popupActions')} data-testid="action-bar">
        <button type="button" data-testid="export-json" onClick={() => void exportAs('json')}>
          {t('popupExportJson')}
        </button>
        <button type="button" data-testid="export-markdown" onClick={() => void exportAs('md')}>
          {t('popupExportMarkdown')}
        </button>
        {tab && (
          <AddPageButton
            tabId={tab.id}
            actions={actions}
            stored={(report.ownCopies ?? []).some((copy) => copy.match === 'exact')}
            onAdded={onRecheck}
          />
        )}
      </div>
    </>
  );
}

function SiteToggles({ tab, actions }: { tab: PopupTab | null; actions: PopupActions }) {
  const origin = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : null;
  // null until the stored choice is read: showing a default first would let a click (or a
  // screen reader) act on a state that is not the real one.
  const [highlights, setHighlights] = useState<boolean | null>(null);
  const [autoCheck, setAutoCheck] = useState(false);
  useEffect(() => {
    if (origin) void actions.highlightsEnabledOn(origin).then(setHighlights);
  }, [actions, origin]);
  if (!origin || !tab) return null;
  return (
    <div class="site-toggles">
      {highlights !== null && (
        <label>
          <input
            type="checkbox"
            checked={highlights}
            data-testid="toggle-site-highlights"
            onChange={(event) => {
              const enabled = event.currentTarget.checked;
              setHighlights(enabled);
              void actions.setHighlightsOn(tab.id, origin, enabled);
            }}
          />
          {t('popupHighlightSite')}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={autoCheck}
          disabled={autoCheck}
          onChange={() => void actions.enableAutoCheck(origin).then(setAutoCheck)}
        />
        {t('popupAutoCheck')}
      </label>
    </div>
  );
}
