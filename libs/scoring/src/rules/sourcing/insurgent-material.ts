import { matchSpan, Rule, signal } from '../rule';

/**
 * Insurgent communiqués, websites and photos taken at face value. The critique: the "only proof"
 * of a joint IMU-Taleban attack was "a statement on the Internet … and two photos", material that
 * "might as well be complete invention". Reporting it without distance earns a penalty.
 */
export const insurgentMaterial: Rule = {
  id: 'insurgent-material-face-value',
  score: 'sourcingQuality',
  apply(f, rubric) {
    if (f.hedges.length > 0) return [];
    const material = f.matches.insurgentMaterial[0];
    if (!material) return [];
    const insurgentVoice = f.attribution?.sourceType === 'insurgent' || (f.matches.insurgentActors.length > 0);
    if (!insurgentVoice || (f.matches.alarmismCritique.length > 0)) return [];
    return [signal('insurgent-material-face-value', 'sourcingQuality', rubric.sourcingQuality.weights['insurgent-material-face-value'], matchSpan(material), `insurgent self-publication ("${material.term}") reported without distance`)];
  },
};
