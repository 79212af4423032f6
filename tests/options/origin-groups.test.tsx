// @vitest-environment jsdom
// The corpus page's origin view over the real origin admin (fake IndexedDB): it lists a wire story
// and its reprint, splits the reprint off, and merges the selected documents.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDocuments } from '../../src/core';
import { OriginGroups } from '../../src/options/components/origin-groups';
import { IndexedDbCorpusStore, IndexedDbOriginAdmin, openCorpusDatabase } from '../../src/storage';

const wire = [
  'North Korean leader Kim Jong Un discussed practical issues in stepping up military cooperation with the Russian defence minister, the state news agency said on Sunday.',
  'During his visit to Russia, Kim inspected nuclear-capable strategic bombers, hypersonic missiles and warships on Saturday, accompanied by the defence minister.',
  'Kim met the Russian president on Wednesday and discussed military matters, the war in Ukraine and deepening cooperation between the two countries.',
  'Earlier this month, North Korea launched what it called its first operational tactical nuclear attack submarine at a shipyard on the east coast.',
].join('\n\n');
const documents = [
  { title: 'Kim talks military ties in Russia', text: wire, outlet: 'Reuters' },
  {
    title: 'Kim and Shoigu talk ties',
    text: `${wire}\n\nFollow us for more news.`,
    outlet: 'Newsmax',
  },
  {
    title: 'Kim watches ballet',
    text: 'Kim Jong Un watched a performance of Sleeping Beauty at a theatre in Vladivostok on Saturday evening, the agency reported after the visit ended.',
  },
  {
    title: 'Kim leaves Russia',
    text: 'The armoured train carrying Kim Jong Un crossed back into North Korea on Monday after a six-day trip that took him to several cities in the Russian Far East.',
  },
];

// The view reads IndexedDB after each action: wait until what is asserted holds (a fixed sleep
// failed on a loaded machine), flushing Preact's updates in between.
const eventually = (assertion: () => void) =>
  vi.waitFor(async () => {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
    assertion();
  }, 5000);
const members = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid=origin-group]')].map((group) =>
    [...group.querySelectorAll('[data-testid=origin-member]')].map((m) => m.textContent ?? ''),
  );

afterEach(() => {
  document.body.innerHTML = '';
});

describe('origin groups on the corpus page', () => {
  it('lists copies, splits one off and merges the selected documents', async () => {
    const db = await openCorpusDatabase('origin-view');
    const store = new IndexedDbCorpusStore(db);
    await importDocuments(store, documents);
    const admin = new IndexedDbOriginAdmin(db, store);
    const onChanged = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () =>
      render(<OriginGroups admin={async () => admin} version={0} onChanged={onChanged} />, root),
    );
    await eventually(() => {
      const groups = members(root);
      expect(groups.length).toBe(1);
      expect(groups[0]?.length).toBe(2);
    });

    await act(async () => root.querySelector<HTMLElement>('[data-testid=origin-split]')?.click());
    await eventually(() => expect(root.querySelector('[data-testid=origin-none]')).not.toBeNull());
    expect(onChanged).toHaveBeenCalledTimes(1);

    // Find the Kim stories and merge two of them by hand.
    const search = root.querySelector<HTMLInputElement>('[data-testid=origin-search]');
    await act(async () => {
      if (!search) return;
      search.value = 'kim';
      search.dispatchEvent(new Event('input'));
    });
    await eventually(() => expect(root.querySelectorAll('input[type=checkbox]').length).toBe(4));
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    await act(async () => boxes[0]?.click());
    await act(async () => boxes[1]?.click());
    await act(async () => root.querySelector<HTMLElement>('[data-testid=origin-merge]')?.click());
    await eventually(() => {
      expect(members(root).some((group) => group.length === 2)).toBe(true);
      expect(root.textContent).toContain('merged by hand');
    });
    db.close();
  });
});
