import { useState } from 'preact/hooks';
import type { OutletCount } from '../../storage';
import { t } from '../../ui/i18n';

/** Outlets with their document counts: rename one, or delete all of its documents. */
export function OutletList({
  outlets,
  busy,
  onRename,
  onDelete,
}: {
  outlets: OutletCount[];
  busy: boolean;
  onRename: (from: string, to: string) => void;
  onDelete: (outlet: string) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  if (!outlets.length) return null;
  return (
    <section class="outlets" aria-label={t('optionsOutlets')}>
      <h2>{t('optionsOutlets')}</h2>
      <ul data-testid="outlets">
        {outlets.map(({ outlet, documents }) => (
          <li key={outlet} data-testid="outlet" data-outlet={outlet}>
            {editing === outlet ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  setEditing(null);
                  if (name.trim() && name.trim() !== outlet) onRename(outlet, name.trim());
                }}
              >
                <input
                  aria-label={t('optionsRename')}
                  data-testid="outlet-name"
                  value={name}
                  onInput={(event) => setName(event.currentTarget.value)}
                />
                <button type="submit" data-testid="outlet-save">
                  {t('optionsSave')}
                </button>
              </form>
            ) : (
              <>
                <bdi class="outlet-name" dir="auto">
                  {outlet}
                </bdi>{' '}
                <span class="count">({documents})</span>{' '}
                <button
                  type="button"
                  class="link"
                  data-testid="outlet-rename"
                  disabled={busy}
                  onClick={() => {
                    setEditing(outlet);
                    setName(outlet);
                  }}
                >
                  {t('optionsRename')}
                </button>{' '}
                <button
                  type="button"
                  class="link"
                  data-testid="outlet-delete"
                  disabled={busy}
                  onClick={() => onDelete(outlet)}
                >
                  {t('optionsDelete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
