import type { Provenance } from '../api';

export const PROVENANCE_LABEL: Record<Provenance, string> = {
  official: 'official',
  military: 'military',
  insurgent: 'insurgent',
  independent: 'independent',
  media: 'media',
  anonymous: 'anonymous',
  unattributed: 'unattributed',
};

/** A provenance as a coloured chip that always carries its name: colour is never the only cue. */
export function ProvenanceTag({ value }: { value: Provenance | null | undefined }) {
  const p = value ?? 'unattributed';
  return <span className={`prov prov-${p}`}>{PROVENANCE_LABEL[p] ?? p}</span>;
}
