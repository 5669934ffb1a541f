import { isSignalId } from '@auditor/vocabulary';
import { PriorityFacts, priorityReasons, priorityScore, SIGNALS } from './queue-priority';

const plain: PriorityFacts = {
  admiralty: 'C3',
  hedged: false,
  ownVoice: false,
  vague: false,
  alarmism: 0,
  contradictedElsewhere: false,
  contradictedInText: false,
  outletReviewedShare: 1,
};

describe('queue priority', () => {
  it('reads only signal ids the scoring library emits', () => {
    expect(Object.values(SIGNALS).filter((id) => !isSignalId(id))).toEqual([]);
  });

  it('gives a plain, named, calm assertion of a well-reviewed outlet nothing to say', () => {
    expect(priorityScore(plain)).toBe(0);
    expect(priorityReasons(plain)).toEqual([]);
  });

  it('ranks a contradicted, alarmist, anonymous assertion above a plain named one', () => {
    const worrying = { ...plain, admiralty: 'F6', vague: true, alarmism: 70, contradictedElsewhere: true };
    expect(priorityScore(worrying)).toBe(15 + 10 + 21 + 20);
    expect(priorityScore(worrying)).toBeGreaterThan(priorityScore(plain));
    expect(priorityReasons(worrying)).toEqual([
      'conflicting figures: another report of this claim gives a different figure',
      'high alarmism (70)',
      'credibility cannot be judged (Admiralty F6)',
      'vague or anonymous attribution',
    ]);
  });

  it('caps confidence at 40 and alarmism at 30, for a maximum of 100', () => {
    const all: PriorityFacts = {
      admiralty: 'F6',
      hedged: true,
      ownVoice: true,
      vague: true,
      alarmism: 100,
      contradictedElsewhere: true,
      contradictedInText: true,
      outletReviewedShare: 0,
    };
    expect(priorityScore(all)).toBe(100);
    expect(priorityReasons(all)).toContain('outlet has few reviews (0% of its assertions reviewed)');
    expect(priorityReasons(all)).toContain("unsourced claim in the outlet's own voice");
  });

  it('rounds alarmism points half up and weighs unreviewed outlets', () => {
    expect(priorityScore({ ...plain, alarmism: 45 })).toBe(14);
    expect(priorityScore({ ...plain, outletReviewedShare: 0.25 })).toBe(8);
    expect(priorityScore({ ...plain, outletReviewedShare: null })).toBe(10);
    expect(priorityReasons({ ...plain, admiralty: 'D4', hedged: true, contradictedInText: true })).toEqual([
      'conflicting figures: another estimate in the same article contradicts it',
      'doubtful credibility (Admiralty D4)',
      'hedged',
    ]);
  });
});
