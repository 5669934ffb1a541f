import { DateRangeFields, FilterForm } from '../../components/FilterForm';
import { useFilterForm } from '../../hooks';
import type { FilterValues } from '../../url-filters';

export const PERIOD = ['from', 'to'] as const;

/** The card's period; "All dates" appears once a period is set. */
export function PeriodForm({
  params,
  onApply,
}: {
  params: URLSearchParams;
  onApply(v: FilterValues<(typeof PERIOD)[number]>): void;
}) {
  const { bind, submit, clear } = useFilterForm(PERIOD, params, onApply);
  const set = PERIOD.some((k) => params.get(k));
  return (
    <FilterForm
      label="Period"
      onSubmit={submit}
      submitLabel="Apply period"
      onClear={set ? clear : undefined}
      clearLabel="All dates"
    >
      <DateRangeFields bind={bind} />
    </FilterForm>
  );
}
