import { ALARMISM_SIGNAL_IDS, SOURCING_SIGNAL_IDS } from '@auditor/vocabulary';
import { Field } from '../../components/Field';
import { FilterForm } from '../../components/FilterForm';
import { Datalist } from '../../components/Options';
import { SourcePicker } from '../../components/SourcePicker';
import { useFilterForm } from '../../hooks';
import type { FilterValues } from '../../url-filters';

export const QUEUE_FILTERS = ['source', 'articleId', 'signal', 'assignee', 'includeReviewed'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

// The signals rules emit; not the scorer's Admiralty markers, which every assertion carries.
const KNOWN_SIGNALS = [...SOURCING_SIGNAL_IDS, ...ALARMISM_SIGNAL_IDS];

export function QueueFilters({
  params,
  onApply,
}: {
  params: URLSearchParams;
  onApply(v: FilterValues<QueueFilter>): void;
}) {
  const { values: v, setValues: setV, bind, submit } = useFilterForm(QUEUE_FILTERS, params, onApply);
  return (
    <FilterForm
      label="Filter the queue"
      onSubmit={submit}
      hint={{ id: 'source-hint', text: 'Source: type part of an outlet’s or cited source’s name and pick it.' }}
    >
      <Field label="Source">
        <SourcePicker
          value={v.source}
          onChange={(id) => setV((o) => ({ ...o, source: id }))}
          placeholder="Outlet or cited source"
          describedBy="source-hint"
        />
      </Field>
      <Field label="Article">
        <input {...bind('articleId')} placeholder="article id" />
      </Field>
      <Field label="Signal">
        <input {...bind('signal')} list="known-signals" placeholder="e.g. threat-metaphor" />
      </Field>
      <Datalist id="known-signals" values={KNOWN_SIGNALS} />
      <Field label="Assignee">
        <select {...bind('assignee')}>
          <option value="">anyone or nobody</option>
          <option value="me">me</option>
          <option value="none">nobody</option>
          {v.assignee && !['me', 'none'].includes(v.assignee) && <option value={v.assignee}>another reviewer</option>}
        </select>
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={v.includeReviewed === 'true'}
          onChange={(e) => setV((o) => ({ ...o, includeReviewed: e.target.checked ? 'true' : '' }))}
        />{' '}
        Include reviewed
      </label>
    </FilterForm>
  );
}
