import { alarmismCritique, CRITIQUE } from './alarmism/alarmism-critique';
import { absoluteClaims } from './alarmism/absolutes';
import { deEscalation } from './alarmism/de-escalation';
import { emotiveWords } from './alarmism/emotive-words';
import { emphasis } from './alarmism/emphasis';
import { futureCertainty } from './alarmism/future-certainty';
import { largeNumbers } from './alarmism/large-numbers';
import { loadedWords } from './alarmism/loaded-words';
import { negativity } from './alarmism/negativity';
import { superlative } from './alarmism/superlatives';
import { sweepingGeneralisation } from './alarmism/sweeping-generalisation';
import { threatVocabulary } from './alarmism/threat-vocabulary';
import { threatenedHarm } from './alarmism/threatened-harm';
import { unsupportedThreatClaim } from './alarmism/unsupported-threat-claim';
import { vagueGeneralisation } from './hedging/vague-generalisation';
import { Rule } from './rule';
import { appropriateHedging } from './sourcing/appropriate-hedging';
import { catchAllLabels } from './sourcing/catch-all-labels';
import { contradictingEstimates } from './sourcing/contradicting-estimates';
import { ethnicLabels } from './sourcing/ethnic-labels';
import { evidenceCited } from './sourcing/evidence-cited';
import { figureOrigin } from './sourcing/figure-origin';
import { insurgentMaterial } from './sourcing/insurgent-material';
import { ownVoice } from './sourcing/own-voice';
import { referenceMarker } from './sourcing/reference-marker';
import { sourceNaming } from './sourcing/source-naming';
import { specificDetail } from './sourcing/specific-detail';

/**
 * Every rule, in the order the scorer runs them (the order of an assertion's signals). The
 * alarmism critique is not among them: it runs last, on what these emitted.
 */
export const RULES: readonly Rule[] = [
  sourceNaming,
  ownVoice,
  specificDetail,
  evidenceCited,
  referenceMarker,
  appropriateHedging,
  vagueGeneralisation,
  insurgentMaterial,
  ethnicLabels,
  catchAllLabels,
  contradictingEstimates,
  figureOrigin,
  threatVocabulary,
  unsupportedThreatClaim,
  futureCertainty,
  largeNumbers,
  sweepingGeneralisation,
  negativity,
  emotiveWords,
  loadedWords,
  superlative,
  threatenedHarm,
  emphasis,
  absoluteClaims,
  deEscalation,
];

export { alarmismCritique, CRITIQUE };
