import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type Decision, type OverridesInput, type Page, type QueueItem } from '../../api';
import type { Loaded } from '../../hooks';

const without = <T>(set: Set<T>, x: T) => {
  const n = new Set(set);
  n.delete(x);
  return n;
};

const DONE: Record<Decision, string> = { confirm: 'Confirmed', override: 'Overridden', dismiss: 'Dismissed' };

/**
 * The review queue's working state on one page: items decided here leave the list at once (the
 * server's page is only reloaded when it runs empty), the active item follows the keyboard, and
 * each item has its own busy flag and error so one slow decision does not block the others.
 */
export function useQueueDecisions(queue: Loaded<Page<QueueItem>>) {
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [overrideFor, setOverrideFor] = useState<string | null>(null);
  const [busy, setBusy] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Map<string, unknown>>(new Map());
  const [bulkReason, setBulkReason] = useState('');
  const [bulkError, setBulkError] = useState<unknown>(null);
  const [announce, setAnnounce] = useState('');
  const refs = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    setRemoved(new Set());
    setSelected(new Set());
    setActive(0);
  }, [queue.data]);

  const items = (queue.data?.items ?? []).filter((i) => !removed.has(i.assertionId));
  const activeItem = items[Math.min(active, items.length - 1)];
  const selectedCount = items.filter((i) => selected.has(i.assertionId)).length;

  const focusItem = useCallback((id: string | undefined) => {
    if (!id) return;
    requestAnimationFrame(() => refs.current.get(id)?.focus());
  }, []);

  const setRef = (id: string) => (el: HTMLElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  };

  const drop = (ids: string[], message: string) => {
    setRemoved((r) => new Set([...r, ...ids]));
    setSelected((s) => new Set([...s].filter((x) => !ids.includes(x))));
    setAnnounce(message);
    const remaining = items.filter((i) => !ids.includes(i.assertionId));
    if (!remaining.length) {
      queue.reload();
      return;
    }
    const idx = Math.min(active, remaining.length - 1);
    setActive(idx);
    focusItem(remaining[idx]?.assertionId);
  };

  const decide = async (item: QueueItem, decision: Decision, overrides?: OverridesInput, reason?: string) => {
    const id = item.assertionId;
    setBusy((b) => new Set(b).add(id));
    setErrors((e) => {
      const m = new Map(e);
      m.delete(id);
      return m;
    });
    try {
      await api.review(id, { decision, overrides, reason });
      if (overrideFor === id) setOverrideFor(null);
      drop([id], `${DONE[decision]}: ${item.text.slice(0, 80)}`);
    } catch (err) {
      setErrors((e) => new Map(e).set(id, err));
    } finally {
      setBusy((b) => without(b, id));
    }
  };

  const bulk = async (decision: 'confirm' | 'dismiss') => {
    const ids = items.filter((i) => selected.has(i.assertionId)).map((i) => i.assertionId);
    if (!ids.length) return;
    setBulkError(null);
    try {
      await api.bulkReview(ids, decision, bulkReason.trim() || undefined);
      setBulkReason('');
      drop(ids, `${DONE[decision]} ${ids.length} assertions`);
    } catch (err) {
      setBulkError(err);
    }
  };

  const toggle = (id: string) => setSelected((s) => (s.has(id) ? without(s, id) : new Set(s).add(id)));
  const toggleAll = () =>
    setSelected(selectedCount === items.length ? new Set() : new Set(items.map((i) => i.assertionId)));

  return {
    items,
    activeItem,
    active,
    setActive,
    focusItem,
    setRef,
    selected,
    selectedCount,
    toggle,
    toggleAll,
    busy,
    errors,
    decide,
    overrideFor,
    setOverrideFor,
    bulkReason,
    setBulkReason,
    bulkError,
    bulk,
    announce,
    removedCount: removed.size,
  };
}

export type QueueDecisions = ReturnType<typeof useQueueDecisions>;
