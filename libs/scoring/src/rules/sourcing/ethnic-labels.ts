import { Rule, signal } from '../rule';

const WINDOW = 8;

/**
 * Ethnic or national labels applied to the dead or detained as identification. The critique's
 * hospital account: unclaimed bodies are "automatically labeled Foreign Fighters and depending on
 * their faces: Asiatic = Uzbeks". A label next to a casualty word is identification without evidence.
 */
export const ethnicLabels: Rule = {
  id: 'ethnic-label-identification',
  score: 'sourcingQuality',
  apply(f, rubric) {
    if ((f.matches.alarmismCritique.length > 0)) return [];
    const labels = f.matches.ethnicLabels;
    if (labels.length === 0) return [];
    const casualties = f.matches.casualtyTerms;
    for (const l of labels) {
      const near = casualties.find((c) => Math.abs(c.token - l.token) <= WINDOW);
      if (near) {
        const span: [number, number] = [Math.min(l.start, near.start), Math.max(l.end, near.end)];
        return [signal('ethnic-label-identification', 'sourcingQuality', rubric.sourcingQuality.weights['ethnic-label-identification'], span, `ethnic/national label ("${l.term}") used to identify the ${near.term}`)];
      }
    }
    return [];
  },
};
