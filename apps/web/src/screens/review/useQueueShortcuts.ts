import { useEffect } from 'react';
import type { QueueDecisions } from './useQueueDecisions';

/** What the review screen lists under "Keyboard shortcuts"; the keys are handled below. */
export const SHORTCUTS: Array<[string, string]> = [
  ['j', 'next item'],
  ['k', 'previous item'],
  ['c', 'confirm'],
  ['o', 'override (opens the form)'],
  ['d', 'dismiss'],
  ['x', 'select or unselect for a bulk decision'],
  ['Esc', 'close the override form'],
];

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** The queue's keyboard shortcuts, ignored while typing in a field or with a modifier key. */
export function useQueueShortcuts(q: QueueDecisions): void {
  const { items, active, setActive, focusItem, busy, decide, overrideFor, setOverrideFor, toggle } = q;
  // Re-registered on every render on purpose: the handler reads this render's items and state.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && overrideFor) {
        setOverrideFor(null);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || !items.length) return;
      const idx = Math.min(active, items.length - 1);
      const current = items[idx];
      if (!current) return;
      switch (e.key) {
        case 'j':
        case 'k': {
          const next = e.key === 'j' ? Math.min(items.length - 1, idx + 1) : Math.max(0, idx - 1);
          setActive(next);
          focusItem(items[next]?.assertionId);
          break;
        }
        case 'c':
          if (!busy.has(current.assertionId)) void decide(current, 'confirm');
          break;
        case 'd':
          if (!busy.has(current.assertionId)) void decide(current, 'dismiss');
          break;
        case 'o':
          setOverrideFor(current.assertionId);
          break;
        case 'x':
          toggle(current.assertionId);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
