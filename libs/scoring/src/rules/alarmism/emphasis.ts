import { Span } from '../../types';
import { defineRule, quote, signal } from '../rule';

/**
 * An exclamation: typographic emphasis, a mark of loaded and exaggerating wording that no word list
 * sees (SemEval-2020 PTC Loaded_Language and Exaggeration lines carry one three times as often as
 * lines with no technique, fit half). One signal per sentence, however many marks; its span runs
 * from up to three words before the mark, so the reason quotes what is exclaimed.
 * Scare quotes were tried and left out: a short quotation inside a sentence is as often an analyst
 * holding a source's wording at a distance ("referring to “US estimates”") as loaded wording.
 * All-caps emphasis (VADER's capitalisation rule: a rated word in capitals in mixed-case text) was counted on the
 * SemEval PTC fit half and left out: 19 mixed-case lines hold one (acronyms the lexicon happens to rate among them),
 * 4 of them with a technique, too few to fit or to move the ranking.
 */
export const emphasis = defineRule({
  id: 'exclamation',
  score: 'alarmism',
  weights: ['exclamation'],
  signals: ['exclamation'],
  apply(f, w) {
    const bang = f.text.indexOf('!');
    if (bang < 0) return [];
    let end = bang + 1;
    while (f.text[end] === '!') end++;
    const before = f.tokens.filter((t) => t.end <= f.start + bang).slice(-3);
    const span: Span = [before[0]?.start ?? f.start + bang, f.start + end];
    return [signal('exclamation', 'alarmism', w['exclamation'], span, `exclamation "${quote(f, span)}"`)];
  },
});
