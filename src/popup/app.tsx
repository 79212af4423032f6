import { errorMessage } from '../core/error-message';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabCheckState } from '../messages/protocol';
import { t } from '../ui/i18n';
import type { PopupActions, PopupTab } from './actions';
import { AddPageButton } from './components/add-page-button';
import { ReportView } from './components/report-view';

const PLACEMENT_POLLS = 12;
const PLACEMENT_POLL_MS = 250;

/** After this long, the popup says the check is still running and offers to cancel it. */
export const STILL_RUNNING_AFTER_MS = 3_000;

type View = { state: 'loading' } | { state: 'no-tab' } | { state: 'cancelled' } | TabCheckState;

export function App({ actions }: { actions: PopupActions }) {
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [view, setView] = useState<View>({ state: 'loading' });

  // `quiet`: keep showing the current report until the new one is there (a check after "Add this
  // page", whose outcome the report keeps saying meanwhile).
  // Each check is numbered: the answer to one the reader cancelled (or replaced) is not shown.
  const attempt = useRef(0);
  const check = useCallback(
    async (tabId: number, useSelection = false, quiet = false) => {
      const mine = ++attempt.current;
      if (!quiet) setView({ state: 'loading' });
      try {
        const result = await actions.check(tabId, useSelection);
        if (attempt.current === mine) setView(result);
      } catch (error) {
        if (attempt.current === mine) setView({ state: 'error', message: errorMessage(error) });
      }
    },
    [actions],
  );
  const cancel = useCallback(
    async (tabId: number) => {
      attempt.current++;
      setView({ state: 'cancelled' });
      await actions.cancelCheck(tabId);
    },
    [actions],
  );

  useEffect(() => {
    void (async () => {
      const current = await actions.currentTab();
      setTab(current);
      if (!current) return setView({ state: 'no-tab' });
      const cached = await actions.cachedState(current.id);
      if (cached?.state === 'done' && cached.url === current.url) setView(cached);
      else await check(current.id);
    })().catch((error: unknown) => setView({ state: 'error', message: errorMessage(error) }));
  }, [actions, check]);

  // The page reports where it placed the highlights just after the verdicts arrive: pick that up.
  const waitingForPlacement = view.state === 'done' && !view.placement ? tab?.id : undefined;
  useEffect(() => {
    if (waitingForPlacement === undefined) return;
    let tries = 0;
    const timer = setInterval(() => {
      void actions.cachedState(waitingForPlacement).then((latest) => {
        if (latest?.state === 'done' && latest.placement) setView(latest);
      });
      if (++tries >= PLACEMENT_POLLS) clearInterval(timer);
    }, PLACEMENT_POLL_MS);
    return () => clearInterval(timer);
  }, [actions, waitingForPlacement]);

  return (
    <main
      class="popup"
      data-testid="popup-state"
      data-state={view.state}
      aria-busy={view.state === 'loading'}
    >
      {/* The report has the article's title as its heading; every other state names the popup. */}
      {view.state !== 'done' && <h1 class="visually-hidden">{t('extensionName')}</h1>}
      <Body view={view} tab={tab} actions={actions} check={check} cancel={cancel} />
    </main>
  );
}

interface BodyProps {
  view: View;
  tab: PopupTab | null;
  actions: PopupActions;
  check: (tabId: number, useSelection?: boolean, quiet?: boolean) => Promise<void>;
  cancel: (tabId: number) => Promise<void>;
}

function Body({ view, tab, actions, check, cancel }: BodyProps) {
  switch (view.state) {
    case 'loading':
      return <Checking onCancel={tab ? () => void cancel(tab.id) : undefined} />;
    case 'cancelled':
      return (
        <section class="status" data-testid="check-cancelled">
          <p role="status">{t('popupCancelled')}</p>
          {tab && (
            <button type="button" onClick={() => void check(tab.id)}>
              {t('popupRetry')}
            </button>
          )}
        </section>
      );
    case 'no-tab':
    case 'no-article':
      return (
        <section class="status">
          <p>{t('popupNoArticle')}</p>
          {tab && (
            <button type="button" onClick={() => void check(tab.id, true)}>
              {t('popupCheckSelection')}
            </button>
          )}
        </section>
      );
    case 'empty-corpus':
      return (
        <section class="status">
          <p>{t('popupEmptyCorpus')}</p>
          <button type="button" onClick={() => void actions.openCorpusPage()}>
            {t('popupOpenCorpus')}
          </button>
          {tab && <AddPageButton tabId={tab.id} actions={actions} />}
        </section>
      );
    case 'error':
      return (
        <section class="status" role="alert">
          <p>
            <strong>{t('popupError')}:</strong> {view.message}
          </p>
          {tab && (
            <button type="button" onClick={() => void check(tab.id)}>
              {t('popupRetry')}
            </button>
          )}
        </section>
      );
    case 'done':
      return (
        <ReportView
          state={view}
          tab={tab}
          actions={actions}
          onRecheck={tab ? () => void check(tab.id, false, true) : undefined}
        />
      );
  }
}

/** "Checking…"; after a few seconds, that the check is still running, for how long, and a way to
 *  stop it: a long check is not a page that did not answer. */
function Checking({ onCancel }: { onCancel: (() => void) | undefined }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Date.now() - started), 1_000);
    return () => clearInterval(timer);
  }, []);
  if (elapsed < STILL_RUNNING_AFTER_MS)
    return (
      <p class="status" role="status">
        {t('popupChecking')}
      </p>
    );
  return (
    <section class="status" data-testid="still-checking">
      <p role="status">{t('popupStillChecking')}</p>
      {/* Outside the live region: a screen reader is not told every second. */}
      <p class="meta" data-testid="check-elapsed">
        {t('popupCheckElapsed', Math.floor(elapsed / 1_000))}
      </p>
      {onCancel && (
        <button type="button" data-testid="cancel-check" onClick={onCancel}>
          {t('popupCancelCheck')}
        </button>
      )}
    </section>
  );
}
