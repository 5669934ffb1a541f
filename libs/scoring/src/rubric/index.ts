import { Lexicon, LexiconDef, LexiconSet } from '../lexicon/lexicon';
import rubricData from '../../rubric/rubric.json';
import { parseRubricFile } from './schema';
import threatMetaphors from '../../rubric/alarmism/threat-metaphors.json';
import threatEmphasis from '../../rubric/alarmism/threat-emphasis.json';
import futureCertainty from '../../rubric/alarmism/future-certainty.json';
import sweeping from '../../rubric/alarmism/sweeping-generalisations.json';
import deEscalation from '../../rubric/alarmism/de-escalation.json';
import alarmismCritique from '../../rubric/alarmism/alarmism-critique.json';
import threatAsJustification from '../../rubric/alarmism/threat-as-justification.json';
import threatClaims from '../../rubric/alarmism/threat-claims.json';
import threatActors from '../../rubric/alarmism/threat-actors.json';
import escalation from '../../rubric/alarmism/escalation.json';
import intensifiers from '../../rubric/alarmism/intensifiers.json';
import operations from '../../rubric/alarmism/operations.json';
import topicNouns from '../../rubric/alarmism/topic-nouns.json';
import evaluativeAdjectives from '../../rubric/alarmism/evaluative-adjectives.json';
import evidence from '../../rubric/sourcing/evidence.json';
import insurgentMaterial from '../../rubric/sourcing/insurgent-material.json';
import insurgentActors from '../../rubric/sourcing/insurgent-actors.json';
import ethnicLabels from '../../rubric/sourcing/ethnic-labels.json';
import casualtyTerms from '../../rubric/sourcing/casualty-terms.json';
import catchAll from '../../rubric/sourcing/catch-all-labels.json';
import quantityNouns from '../../rubric/sourcing/quantity-nouns.json';
import seizureCues from '../../rubric/sourcing/seizure-cues.json';
import labelCritique from '../../rubric/sourcing/label-critique.json';
import stateBodies from '../../rubric/sourcing/state-bodies.json';
import hedges from '../../rubric/hedging/hedges.json';
import { OutletType, SourceType } from '../types';

type ReliabilityTable = Record<SourceType, { named: string; unnamed: string }>;

export type LexiconName = keyof Rubric['lexicons'];

/** The two scores rules add points to, each with its own weights in rubric.json. */
export type ScoreName = 'sourcingQuality' | 'alarmism';

/**
 * Weight keys as the compiler reads rubric.json, so a rule naming a key the file lacks does not
 * compile. The Rubric's records stay `Record<string, number>`: fitting builds candidate weights
 * by key name (libs/scoring/src/fit/signals.ts).
 */
interface WeightKeys {
  sourcingQuality: keyof typeof rubricData.sourcingQuality.weights;
  alarmism: keyof typeof rubricData.alarmism.weights;
}
export type WeightKey<S extends ScoreName = ScoreName> = WeightKeys[S];

export interface Rubric {
  version: string;
  sourcingQuality: { base: number; weights: Record<string, number> };
  alarmism: { base: number; weights: Record<string, number>; thresholds: Record<string, number> };
  admiralty: {
    reliability: ReliabilityTable;
    credibility: { minDetailsForPossible: number };
    /** Outlet types that are parties to the events they report (see own-voice.ts). */
    parties: OutletType[];
  };
  corroboration: {
    minIndependentOrigins: number;
    sourcingQualityBonus: number;
    corroboratedDigit: number;
    contradictedDigit: number;
  };
  lexicons: {
    threatMetaphors: Lexicon;
    threatEmphasis: Lexicon;
    futureCertainty: Lexicon;
    sweeping: Lexicon;
    deEscalation: Lexicon;
    alarmismCritique: Lexicon;
    /** The two halves of a threat used as a justification (threat-as-justification.json): verbs of using, purposes. */
    threatUse: Lexicon;
    justifications: Lexicon;
    threatClaims: Lexicon;
    threatActors: Lexicon;
    escalation: Lexicon;
    intensifiers: Lexicon;
    operations: Lexicon;
    topicNouns: Lexicon;
    evaluativeAdjectives: Lexicon;
    evidence: Lexicon;
    insurgentMaterial: Lexicon;
    insurgentActors: Lexicon;
    ethnicLabels: Lexicon;
    casualtyTerms: Lexicon;
    catchAll: Lexicon;
    quantityNouns: Lexicon;
    seizureCues: Lexicon;
    labelCritique: Lexicon;
    stateBodies: Lexicon;
    hedges: Lexicon;
  };
  /** All lexicons above, matched together in one pass per sentence. */
  lexiconSet: LexiconSet<LexiconName>;
}

const lex = (def: LexiconDef) => new Lexicon(def);

const rubricJson = parseRubricFile(rubricData);

function build(): Rubric {
  const rubric: Omit<Rubric, 'lexiconSet'> = {
    version: rubricJson.version,
    sourcingQuality: rubricJson.sourcingQuality,
    alarmism: rubricJson.alarmism,
    admiralty: rubricJson.admiralty,
    corroboration: rubricJson.corroboration,
    lexicons: {
      threatMetaphors: lex(threatMetaphors),
      threatEmphasis: lex(threatEmphasis),
      futureCertainty: lex(futureCertainty),
      sweeping: lex(sweeping),
      deEscalation: lex(deEscalation),
      alarmismCritique: lex(alarmismCritique),
      threatUse: lex({ description: threatAsJustification.description, terms: threatAsJustification.useVerbs }),
      justifications: lex({
        description: threatAsJustification.description,
        terms: threatAsJustification.justifications,
      }),
      threatClaims: lex(threatClaims),
      threatActors: lex(threatActors),
      escalation: lex(escalation),
      intensifiers: lex(intensifiers),
      operations: lex(operations),
      topicNouns: lex(topicNouns),
      evaluativeAdjectives: lex(evaluativeAdjectives),
      evidence: lex(evidence),
      insurgentMaterial: lex(insurgentMaterial),
      insurgentActors: lex(insurgentActors),
      ethnicLabels: lex(ethnicLabels),
      casualtyTerms: lex(casualtyTerms),
      catchAll: lex(catchAll),
      quantityNouns: lex(quantityNouns),
      seizureCues: lex(seizureCues),
      labelCritique: lex(labelCritique),
      stateBodies: lex(stateBodies),
      hedges: lex(hedges),
    },
  };
  return { ...rubric, lexiconSet: new LexiconSet(rubric.lexicons) };
}

let cached: Rubric | undefined;

/** The rubric shipped with this build of the library, compiled once. */
export function defaultRubric(): Rubric {
  cached ??= build();
  return cached;
}

export const RUBRIC_VERSION: string = rubricJson.version;
