// @vitest-environment jsdom
// A check that takes long is said to be running, for how long, and can be cancelled: it is not a
// page that did not answer.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabCheckState } from '../../src/messages/protocol';
import { App, STILL_RUNNING_AFTER_MS } from '../../src/popup/app';
import { doneState, mockActions } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('a long check', () => {
  it('says it is still running, then can be cancelled, and ignores its late answer', async () => {
    vi.useFakeTimers();
    let answer: (state: TabCheckState) => void = () => undefined;
    const actions = mockActions({
      check: vi.fn(() => new Promise<TabCheckState>((resolve) => (answer = resolve))),
    });
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<App actions={actions} />, root));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(root.textContent).toBe('CrosscheckChecking this article against your corpus…');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(STILL_RUNNING_AFTER_MS + 2_000);
    });
    const still = root.querySelector('[data-testid=still-checking]');
    expect(still?.querySelector('[role=status]')?.textContent).toMatch(/^Still checking: /);
    expect(root.querySelector('[data-testid=check-elapsed]')?.textContent).toBe('Running for 5 s');
    expect(root.textContent).not.toMatch(/did not/);

    await act(async () => root.querySelector<HTMLElement>('[data-testid=cancel-check]')?.click());
    expect(actions.cancelCheck).toHaveBeenCalledWith(7);
    expect(root.querySelector('[data-testid=popup-state]')?.getAttribute('data-state')).toBe(
      'cancelled',
    );
    expect(root.querySelector('[data-testid=check-cancelled]')?.textContent).toContain(
      'The check was cancelled.',
    );
    // The background's answer to the cancelled check does not replace what the popup says.
    await act(async () => answer(doneState()));
    expect(root.querySelector('[data-testid=popup-state]')?.getAttribute('data-state')).toBe(
      'cancelled',
    );
    // Checking again works.
    vi.mocked(actions.check).mockImplementation(async () => doneState());
    await act(async () =>
      root.querySelector<HTMLElement>('[data-testid=check-cancelled] button')?.click(),
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(root.querySelector('[data-testid=popup-state]')?.getAttribute('data-state')).toBe(
      'done',
    );
  });
});
