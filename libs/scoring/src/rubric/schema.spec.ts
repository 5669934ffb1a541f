import rubricData from '../../rubric/rubric.json';
import { parseRubricFile } from './schema';

/** A deep copy to break on purpose (JSON.parse gives it no static shape, as a hand-edited file has none). */
const copy = () => JSON.parse(JSON.stringify(rubricData));

describe('rubric.json schema', () => {
  it('accepts the shipped rubric', () => {
    expect(parseRubricFile(rubricData).version).toBe(rubricData.version);
  });

  it('names a mistyped key by its path', () => {
    const r = copy();
    r.alarmism.thresholds.softeningMaxShar = 0.5;
    delete r.alarmism.thresholds.softeningMaxShare;
    expect(() => parseRubricFile(r)).toThrow(/alarmism\.thresholds\.softeningMaxShare:.*\n.*softeningMaxShar/s);
  });

  it('refuses a weight that is not a number, naming the signal', () => {
    const r = copy();
    r.sourcingQuality.weights['named-source'] = '20';
    expect(() => parseRubricFile(r)).toThrow(/sourcingQuality\.weights\.named-source/);
  });

  it('refuses a grade outside A–F and a party that is no outlet type', () => {
    const r = copy();
    r.admiralty.reliability.media.named = 'G';
    r.admiralty.parties.push('anonymous');
    expect(() => parseRubricFile(r)).toThrow(/admiralty\.reliability\.media\.named[\s\S]*admiralty\.parties\.3/);
  });

  it('requires a reliability row for every source type', () => {
    const r = copy();
    delete r.admiralty.reliability.insurgent;
    expect(() => parseRubricFile(r, 'test rubric')).toThrow(
      /^test rubric is not a valid rubric:[\s\S]*admiralty\.reliability\.insurgent/,
    );
  });
});
