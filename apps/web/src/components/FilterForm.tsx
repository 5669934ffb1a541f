import type { FormEvent, ReactNode } from 'react';
import { SOURCE_TYPES } from '../api';
import { Field } from './Field';
import { Options } from './Options';

interface FilterFormProps {
  /** The form's accessible name. */
  label: string;
  /** A search landmark: the lists one searches by name or title. */
  search?: boolean;
  onSubmit(e: FormEvent): void;
  submitLabel?: string;
  /** Without it there is no clear button. */
  onClear?: () => void;
  clearLabel?: string;
  /** A hint after the buttons that a control points to with aria-describedby. */
  hint?: { id: string; text: string };
  children: ReactNode;
}

/** The form above a list: its fields, then the apply and clear buttons (the values live in the URL). */
export function FilterForm({
  label,
  search,
  onSubmit,
  submitLabel = 'Apply filters',
  onClear,
  clearLabel = 'Clear',
  hint,
  children,
}: FilterFormProps) {
  return (
    <form className="filters" onSubmit={onSubmit} role={search ? 'search' : undefined} aria-label={label}>
      {children}
      <div className="actions">
        <button type="submit">{submitLabel}</button>
        {onClear && (
          <button type="button" className="secondary" onClick={onClear}>
            {clearLabel}
          </button>
        )}
      </div>
      {hint && (
        <span id={hint.id} className="hint">
          {hint.text}
        </span>
      )}
    </form>
  );
}

type Binding = { value: string; onChange(e: { target: { value: string } }): void };

/** The From / To date fields of a period filter. */
export function DateRangeFields({ bind }: { bind: (k: 'from' | 'to') => Binding }) {
  return (
    <>
      <Field label="From">
        <input type="date" {...bind('from')} />
      </Field>
      <Field label="To">
        <input type="date" {...bind('to')} />
      </Field>
    </>
  );
}

/** The Kind / Type fields of a filter over outlets and cited sources (the list and the map). */
export function SourceKindTypeFields({ bind }: { bind: (k: 'kind' | 'type') => Binding }) {
  return (
    <>
      <Field label="Kind">
        <select {...bind('kind')}>
          <option value="">outlets and cited sources</option>
          <option value="outlet">outlets</option>
          <option value="cited">cited sources</option>
        </select>
      </Field>
      <Field label="Type">
        <select {...bind('type')}>
          <option value="">any</option>
          <Options values={SOURCE_TYPES} />
        </select>
      </Field>
    </>
  );
}
