import { safeLinkUrl } from '../../ui/safe-url';
import type { DocumentPage, OutletCount } from '../../storage';
import { t } from '../../ui/i18n';

export interface ListQuery {
  search: string;
  outlet: string | null;
  offset: number;
}

export const PAGE_SIZE = 50;

/** The searchable, paged list of documents, with selection for deleting and exporting. */
export function DocumentTable({
  page,
  query,
  outlets,
  selected,
  busy,
  onQuery,
  onSelect,
  onDelete,
  onExport,
}: {
  page: DocumentPage;
  query: ListQuery;
  outlets: OutletCount[];
  selected: Set<string>;
  busy: boolean;
  onQuery: (query: ListQuery) => void;
  onSelect: (ids: string[], on: boolean) => void;
  onDelete: (ids: string[]) => void;
  onExport: (ids: string[]) => void;
}) {
  const ids = page.documents.map((document) => document.id);
  const allOnPage = ids.length > 0 && ids.every((id) => selected.has(id));
  const first = page.total ? query.offset + 1 : 0;
  const last = Math.min(page.total, query.offset + PAGE_SIZE);
  return (
    <section class="documents" aria-label="Documents">
      <div class="toolbar">
        <input
          type="search"
          data-testid="document-search"
          placeholder={t('optionsSearch')}
          aria-label={t('optionsSearch')}
          value={query.search}
          onInput={(event) => onQuery({ ...query, search: event.currentTarget.value, offset: 0 })}
        />
        <select
          data-testid="outlet-filter"
          aria-label={t('optionsColumnOutlet')}
          value={query.outlet ?? ''}
          onChange={(event) =>
            onQuery({ ...query, outlet: event.currentTarget.value || null, offset: 0 })
          }
        >
          <option value="">{t('optionsAllOutlets')}</option>
          {outlets.map(({ outlet, documents }) => (
            <option key={outlet} value={outlet}>
              {outlet} ({documents})
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="delete-selected"
          disabled={busy || !selected.size}
          onClick={() => onDelete([...selected])}
        >
          {t('optionsDeleteSelected')} ({selected.size})
        </button>
        <button
          type="button"
          data-testid="export-selected"
          disabled={busy || !selected.size}
          onClick={() => onExport([...selected])}
        >
          {t('optionsExportSelected')}
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select this page"
                checked={allOnPage}
                onChange={() => onSelect(ids, !allOnPage)}
              />
            </th>
            <th scope="col">{t('optionsColumnTitle')}</th>
            <th scope="col">{t('optionsColumnOutlet')}</th>
            <th scope="col">{t('optionsColumnDate')}</th>
            <th scope="col">{t('optionsColumnLanguage')}</th>
            <th scope="col">{t('optionsColumnSentences')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('optionsColumnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody data-testid="document-rows">
          {page.documents.map((document) => (
            <tr key={document.id} data-testid="document-row">
              <td>
                <input
                  type="checkbox"
                  aria-label={t('optionsSelectDocument', document.title)}
                  checked={selected.has(document.id)}
                  onChange={(event) => onSelect([document.id], event.currentTarget.checked)}
                />
              </td>
              <td class="title">
                <TitleLink title={document.title} url={document.url} />
                {document.file && (
                  <>
                    {' '}
                    <bdi class="file" dir="auto">
                      {document.file}
                    </bdi>
                  </>
                )}
              </td>
              <td>
                <bdi dir="auto">{document.outlet}</bdi>
              </td>
              <td>{shortDate(document.published)}</td>
              <td>{document.language}</td>
              <td class="number">{document.sentenceCount}</td>
              <td>
                <button
                  type="button"
                  class="link"
                  disabled={busy}
                  onClick={() => onDelete([document.id])}
                >
                  {t('optionsDelete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label="Pages">
        <button
          type="button"
          disabled={query.offset === 0}
          onClick={() => onQuery({ ...query, offset: Math.max(0, query.offset - PAGE_SIZE) })}
        >
          {t('optionsPrevious')}
        </button>
        <span data-testid="document-range">
          {first}–{last} of {page.total}
        </span>
        <button
          type="button"
          disabled={last >= page.total}
          onClick={() => onQuery({ ...query, offset: query.offset + PAGE_SIZE })}
        >
          {t('optionsNext')}
        </button>
      </nav>
    </section>
  );
}

/** Dates as the sources gave them vary ("Wed, 13 Sep 2023 10:00:00 GMT", "2023-09-13T…"): show
 *  the day when it parses, else the text as it is. */
function shortDate(published: string | null): string {
  if (!published) return '';
  const time = Date.parse(published);
  return Number.isNaN(time) ? published : new Date(time).toISOString().slice(0, 10);
}

/** A document's title, a link only when its address is a web (http or https) one: an imported
 *  record may carry "javascript:" or "data:" addresses, which stay text. The title is the file
 *  author's text, so it is bidi-isolated. */
function TitleLink({ title, url }: { title: string; url: string | null | undefined }) {
  const href = safeLinkUrl(url);
  const text = <bdi dir="auto">{title}</bdi>;
  if (!href) return text;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {text}
    </a>
  );
}
