import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OriginAdmin, OriginGroup } from '../../storage';
import { t } from '../../ui/i18n';

const GROUPS_PER_PAGE = 20;

/** Which documents are copies of which (origin groups), with the reader's corrections: split a
 *  document off its group, or merge the groups of the selected documents. Corrections are stored
 *  by document id, so they hold when the same texts are imported again. */
export function OriginGroups({
  admin,
  version,
  onChanged,
}: {
  admin: () => Promise<OriginAdmin>;
  /** Changes whenever the corpus changes, to reload. */
  version: unknown;
  /** Called after a split or merge: cached check results are stale. */
  onChanged: () => void;
}) {
  const [groups, setGroups] = useState<OriginGroup[]>([]);
  const [total, setTotal] = useState(0);
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(GROUPS_PER_PAGE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const page = await (await admin()).groups({ search, offset: 0, limit });
    setGroups(page.groups);
    setTotal(page.total);
  }, [admin, search, limit]);

  useEffect(() => {
    void load();
  }, [load, version]);

  const act = async (change: (origins: OriginAdmin) => Promise<void>) => {
    setBusy(true);
    try {
      await change(await admin());
      setSelected(new Set());
      await load();
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

  return (
    <section class="origin-groups" aria-label={t('optionsOrigins')} data-testid="origin-groups">
      <h2>{t('optionsOrigins')}</h2>
      <p class="hint">{t('optionsOriginsHelp')}</p>
      <div class="origin-tools">
        <input
          type="search"
          aria-label={t('optionsOriginsSearch')}
          placeholder={t('optionsOriginsSearch')}
          data-testid="origin-search"
          value={search}
          onInput={(event) => setSearch(event.currentTarget.value)}
        />
        <button
          type="button"
          data-testid="origin-merge"
          disabled={busy || selected.size < 2}
          onClick={() => void act((origins) => origins.merge([...selected]))}
        >
          {t('optionsOriginsMerge')}
        </button>
      </div>
      {groups.length ? (
        <ol class="origin-list">
          {groups.map((group) => (
            <li key={group.origin} data-testid="origin-group" data-origin={group.origin}>
              <ul>
                {group.documents.map((document) => (
                  <li key={document.id} data-testid="origin-member" data-id={document.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={selected.has(document.id)}
                        onChange={() => toggle(document.id)}
                      />{' '}
                      <bdi dir="auto">{document.title}</bdi>
                    </label>{' '}
                    <span class="count">
                      <bdi dir="auto">{document.outlet ?? document.file}</bdi>
                      {document.credit && (
                        <>
                          {' · © '}
                          <bdi dir="auto">{document.credit}</bdi>
                        </>
                      )}
                    </span>
                    {document.manual && (
                      <span class="manual">
                        {' '}
                        (
                        {t(
                          document.manual === 'split'
                            ? 'optionsOriginsSplitByHand'
                            : 'optionsOriginsMergedByHand',
                        )}
                        )
                      </span>
                    )}
                    {group.documents.length > 1 && (
                      <>
                        {' '}
                        <button
                          type="button"
                          class="link"
                          data-testid="origin-split"
                          disabled={busy}
                          onClick={() => void act((origins) => origins.split(document.id))}
                        >
                          {t('optionsOriginsSplit')}
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : (
        <p data-testid="origin-none">{t('optionsOriginsNone')}</p>
      )}
      {total > groups.length && (
        <button type="button" onClick={() => setLimit(limit + GROUPS_PER_PAGE)}>
          {t('optionsOriginsMore', total - groups.length)}
        </button>
      )}
    </section>
  );
}
