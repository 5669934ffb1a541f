import { Rule, signal, wholeSpan } from '../rule';

/**
 * A claim in the author's own voice with neither a source nor a reference marker is a bare
 * assertion: the reader must take it on trust ("presented as proven facts").
 */
export const ownVoice: Rule = {
  id: 'own-voice-claim',
  score: 'sourcingQuality',
  apply(f, rubric) {
    if (f.attribution || f.references.length > 0) return [];
    return [signal('own-voice-claim', 'sourcingQuality', rubric.sourcingQuality.weights['own-voice-claim'], wholeSpan(f), 'no source and no reference given for this claim')];
  },
};
