import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SourceKind } from '@auditor/contracts';
import { workflowApi, type SourceOption } from '../workflow-api';

interface SourcePickerProps {
  /** From Field, which labels the input. */
  id?: string;
  /** Outlets or cited sources only; both when omitted. */
  kind?: SourceKind;
  /** The chosen source id (`outlet:<uuid>` or `cited:<uuid>`), '' for none. */
  value: string;
  onChange(id: string, option: SourceOption | null): void;
  /** The words typed while nothing is chosen (the override form names a new source with them). */
  onText?(text: string): void;
  placeholder?: string;
  describedBy?: string;
}

const KIND_TEXT: Record<SourceKind, string> = { outlet: 'outlet', cited: 'cited source' };

/**
 * A typeahead over outlet and cited-source names (ARIA combobox with a listbox popup): type a few
 * letters, pick with the arrow keys and Enter or a click. The chosen id goes to the form; the
 * name is what the reader sees, so nobody copies `outlet:<uuid>` by hand again.
 */
export function SourcePicker({ id, kind, value, onChange, onText, placeholder, describedBy }: SourcePickerProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const listId = `${inputId}-list`;
  const [text, setText] = useState('');
  const [options, setOptions] = useState<SourceOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const chosen = useRef<SourceOption | null>(null);

  // A value from the URL (a saved filter, a card's link) arrives as an id: show its name.
  useEffect(() => {
    if (!value) {
      chosen.current = null;
      return;
    }
    if (chosen.current?.id === value) return;
    let live = true;
    setText(value);
    workflowApi
      .sourcesByIds([value])
      .then(([o]) => {
        if (!live || !o) return;
        chosen.current = o;
        setText(o.name);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value]);

  // Search while typing, a moment after the last key; an older answer never replaces a newer one.
  useEffect(() => {
    const words = text.trim();
    if (!open || !words || chosen.current?.name === text) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      workflowApi
        .sourceNames(words, kind, ctl.signal)
        .then((found) => {
          setOptions(found);
          setActive(found.length ? 0 : -1);
          setStatus(found.length ? `${found.length} sources found` : 'No source matches');
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [text, open, kind]);

  const pick = (o: SourceOption) => {
    chosen.current = o;
    setText(o.name);
    setOpen(false);
    setOptions([]);
    setStatus(`${o.name} chosen`);
    onChange(o.id, o);
  };

  const type = (t: string) => {
    setText(t);
    setOpen(true);
    if (!t.trim()) setOptions([]);
    if (chosen.current) {
      chosen.current = null;
      onChange('', null);
    }
    onText?.(t);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const shown = open && options.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!shown) {
        setOpen(true);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (e.key === 'Enter' && shown && active >= 0) {
      // Choosing, not submitting the form.
      e.preventDefault();
      pick(options[active]!);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const shown = open && options.length > 0;
  return (
    <div className="source-picker">
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        value={text}
        placeholder={placeholder ?? 'Type a name…'}
        maxLength={200}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => text && !chosen.current && setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Matching sources" className="source-options" hidden={!shown}>
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // Keep the focus in the input: a mousedown would blur it and close the list first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            <span className="source-option-name">{o.name}</span>{' '}
            <span className="hint">
              {KIND_TEXT[o.kind]}
              {o.type ? `, ${o.type}` : ''}
              {o.matchedAlias ? ` · also “${o.matchedAlias}”` : ''}
            </span>
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
