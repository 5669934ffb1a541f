/**
 * Ids of the signals a scored assertion carries (`Score.signals[].id`). Defined here rather than
 * beside the rules because the review queue's SQL, its filter and the web app's signal picker
 * name them too, and the browser bundle must not import the scoring library. Each rule declares
 * which of these it emits (libs/scoring/src/rules/index.ts); a test holds the two lists equal.
 */
export const SOURCING_SIGNAL_IDS = [
  'named-source',
  'anonymous-source',
  'unspecific-source',
  'own-voice-claim',
  'party-own-account',
  'specific-detail',
  'evidence-cited',
  'reference-marker',
  'hedged-unverified',
  'vague-generalisation',
  'insurgent-material-face-value',
  'ethnic-label-identification',
  'catch-all-label',
  'contradicting-estimate',
  'figure-without-origin',
] as const;

export const ALARMISM_SIGNAL_IDS = [
  'threat-metaphor',
  'threat-emphasis',
  'escalation',
  'evaluative-adjective',
  'intensifier',
  'unsupported-threat-claim',
  'future-certainty',
  'large-unsourced-number',
  'sweeping-generalisation',
  'negativity',
  'emotive-word',
  'loaded-word',
  'superlative',
  'threatened-harm',
  'exclamation',
  'absolute',
  'de-escalation',
  'hedge-distance',
  'alarmism-critique',
] as const;

/** Emitted by the scorer itself, not a rule: the hedged flag's marker and the two halves of the Admiralty grade. */
export const GRADE_SIGNAL_IDS = ['hedge', 'admiralty-reliability', 'admiralty-credibility'] as const;

export const SIGNAL_IDS = [...SOURCING_SIGNAL_IDS, ...ALARMISM_SIGNAL_IDS, ...GRADE_SIGNAL_IDS] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export const isSignalId = (v: unknown): v is SignalId =>
  typeof v === 'string' && (SIGNAL_IDS as readonly string[]).includes(v);
