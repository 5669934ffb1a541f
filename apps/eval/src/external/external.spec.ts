// Pure parts of the external evaluation, on invented text (no corpus sentences).
import type { SignalId } from '@auditor/scoring';
import { auc } from '../metrics';
import { parseCsv, parseCsvObjects } from './csv';
import { parseAnn, resolveGoldPronouns, sourceAgrees, type PolnearDoc } from './polnear';
import { baselineChecks, externalTargets, measuredHalves, type ExternalReport, type ExternalRow } from './report';
import { codePointToUtf16, labelLines, lineScore, parseLabels, splitLines } from './semeval';
import { engineFlags, hedgesBaseline, hedgesList, wordListMatcher } from './weasel';

describe('parseCsv', () => {
  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const csv = 'text,label\n"Pears, plums\nand ""figs"".\n",1\nplain row,0\n';
    expect(parseCsv(csv)).toEqual([
      ['text', 'label'],
      ['Pears, plums\nand "figs".\n', '1'],
      ['plain row', '0'],
    ]);
  });

  it('accepts CRLF records, a last record without a newline, and empty fields', () => {
    expect(parseCsv('a,b\r\n1,\r\n"x",2')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['x', '2'],
    ]);
  });

  it('rejects an unterminated quote and a record of the wrong width', () => {
    expect(() => parseCsv('a\n"never closed\n')).toThrow(/quoted field/);
    expect(() => parseCsvObjects('a,b\n1,2,3\n')).toThrow(/3 fields/);
  });

  it('keys records by the header', () => {
    expect(parseCsvObjects('text,label\n"one, two",1\n')).toEqual([{ text: 'one, two', label: '1' }]);
  });
});

describe('SemEval line labelling', () => {
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234
  const text = 'Calm title\n\nA dreadful plague looms.\nThe mayor spoke.\nNothing here.\n';
  const lines = splitLines(text);
  const at = (s: string) => text.indexOf(s);

  it('splits on line breaks, skipping blank lines, with offsets into the text', () => {
    expect(lines.map((l) => l.text)).toEqual([
      'Calm title',
      'A dreadful plague looms.',
      'The mayor spoke.',
      'Nothing here.',
    ]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('marks alarm-technique lines positive, untouched lines negative, and leaves other-technique lines out', () => {
    const spans = [
      { technique: 'Loaded_Language', start: at('dreadful'), end: at('dreadful') + 8 },
      { technique: 'Appeal_to_Authority', start: at('The mayor'), end: at('The mayor') + 9 },
    ];
    expect(labelLines(text, spans).map((l) => [l.text, l.positive])).toEqual([
      ['Calm title', false],
      ['A dreadful plague looms.', true],
      ['Nothing here.', false],
    ]);
  });

  it('counts a span crossing a line break for both lines, and a span ending at a line start for neither', () => {
    const crossing = [{ technique: 'Exaggeration,Minimisation', start: at('looms'), end: at('mayor') }];
    expect(
      labelLines(text, crossing)
        .filter((l) => l.positive)
        .map((l) => l.text),
    ).toEqual(['A dreadful plague looms.', 'The mayor spoke.']);
    const touching = [{ technique: 'Doubt', start: at('Calm'), end: at('A dreadful') }];
    // [0, start of line 2) covers "Calm title\n\n": it overlaps the title only.
    expect(labelLines(text, touching).map((l) => l.text)).toEqual([
      'A dreadful plague looms.',
      'The mayor spoke.',
      'Nothing here.',
    ]);
  });

  it('takes the highest alarmism among overlapping assertions, 0 when none overlaps', () => {
    const line = lines[1];
    const assertions = [
      { start: line.start, end: line.start + 5, scores: { alarmism: 20 } },
      { start: line.start + 5, end: line.end, scores: { alarmism: 45 } },
      { start: lines[2].start, end: lines[2].end, scores: { alarmism: 90 } },
    ];
    expect(lineScore(line, assertions)).toBe(45);
    expect(lineScore(lines[3], assertions)).toBe(0);
  });

  it('reads code-point offsets as UTF-16 indices after a character outside the BMP', () => {
    const withEmoji = 'Fire 🔥 ahead: panic now';
    const cp = [...withEmoji].indexOf('p');
    expect(cp).toBe(withEmoji.indexOf('p') - 1);
    const [span] = parseLabels(`9\tLoaded_Language\t${cp}\t${cp + 5}\n`, withEmoji);
    expect(withEmoji.slice(span.start, span.end)).toBe('panic');
    expect(codePointToUtf16('plain')(3)).toBe(3);
  });
});

describe('auc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, 0.5 when every score ties', () => {
    expect(auc([3, 4, 1, 2], [true, true, false, false])).toBe(1);
    expect(auc([1, 2, 3, 4], [true, true, false, false])).toBe(0);
    expect(auc([7, 7, 7, 7], [true, false, true, false])).toBe(0.5);
  });

  it('counts a positive tied with a negative as half a win', () => {
    // Pairs (pos, neg): (2,1) win, (2,2) tie, (1,1) tie, (1,2) loss → (1 + 0.5 + 0.5) / 4.
    expect(auc([2, 1, 1, 2], [true, true, false, false])).toBeCloseTo(0.5);
    // (3,1) win, (3,3) tie → 0.75.
    expect(auc([3, 1, 3], [true, false, false])).toBeCloseTo(0.75);
  });

  it('is 0.5 when a class is missing', () => {
    expect(auc([1, 2], [true, true])).toBe(0.5);
  });
});

describe('word-list baseline', () => {
  const match = wordListMatcher(['kind of', 'can', "don't know", 'about']);

  it('matches whole words and phrases, any case, any whitespace inside a phrase', () => {
    expect(match('It is KIND\n  OF late')).toBe('KIND\n  OF');
    expect(match('We can go')).toBe('can');
    expect(match("They don't know yet")).toBe("don't know");
  });

  it('does not match inside a longer word', () => {
    expect(match('A candle by the roundabout')).toBeNull();
    expect(match('Kindly offered')).toBeNull();
  });

  it('uses the hedges package list', () => {
    expect(hedgesBaseline('The plan will perhaps fail.')).toBe(true);
    expect(hedgesBaseline('The bridge opened in June.')).toBe(false);
  });
});

describe('engine flags for the weasel task', () => {
  const attribution = (sourceType: 'anonymous' | 'official', via: 'explicit' | 'vague') => ({
    source: 'x',
    canonical: 'x',
    span: [0, 1] as [number, number],
    sourceType,
    named: false,
    cue: 'said',
    cueSpan: null,
    via,
  });

  const sig = (id: SignalId) => ({
    id,
    weight: 0,
    score: 'sourcingQuality' as const,
    span: [0, 1] as [number, number],
    reason: '',
  });

  it('flags a hedge, an anonymous source, a vague attribution or a vague generalisation, and nothing else', () => {
    expect(engineFlags([{ hedged: true, attribution: null, signals: [] }])).toBe(true);
    expect(engineFlags([{ hedged: false, attribution: attribution('anonymous', 'explicit'), signals: [] }])).toBe(true);
    expect(engineFlags([{ hedged: false, attribution: attribution('official', 'vague'), signals: [] }])).toBe(true);
    expect(engineFlags([{ hedged: false, attribution: null, signals: [sig('vague-generalisation')] }])).toBe(true);
    expect(engineFlags([{ hedged: false, attribution: null, signals: [sig('specific-detail')] }])).toBe(false);
    expect(engineFlags([{ hedged: false, attribution: attribution('official', 'explicit'), signals: [] }])).toBe(false);
    expect(
      engineFlags([
        { hedged: false, attribution: { ...attribution('anonymous', 'explicit'), named: true }, signals: [] },
      ]),
    ).toBe(false);
    expect(engineFlags([{ hedged: false, attribution: null, signals: [sig('vague-generalisation')] }], false)).toBe(
      false,
    );
    expect(engineFlags([])).toBe(false);
  });
});

describe('external targets and baseline checks', () => {
  const row = (half: string, role: ExternalRow['role'], engine: number, baseline: number): ExternalRow => ({
    set: 'weasel',
    half,
    role,
    metric: 'hedged/vague F1',
    n: 10,
    engine,
    ci: { lo: engine - 0.05, hi: engine + 0.05 },
    baselines: [
      { name: 'list', value: baseline, margin: { lo: engine - baseline - 0.1, hi: engine - baseline + 0.1 } },
    ],
  });
  const report = (rows: ExternalRow[]): ExternalReport => ({ rows, polnear: {}, semeval: {}, weasel: {}, seconds: 0 });

  it('checks only held-out rows, and a tie is not a win', () => {
    const checks = baselineChecks(report([row('heldout', 'held-out', 0.5, 0.5), row('fit', 'tuned-on', 0.1, 0.9)]));
    expect(checks).toEqual([
      {
        name: 'weasel heldout hedged/vague F1: engine beats list',
        engine: 0.5,
        baseline: 0.5,
        margin: { lo: -0.1, hi: 0.1 },
        ok: false,
      },
    ]);
  });

  it('refuses to report targets without the held-out rows', () => {
    expect(() => externalTargets(report([row('fit', 'tuned-on', 0.9, 0.1)]))).toThrow(/held-out/);
  });
});

describe('measured halves', () => {
  it('scores both halves by default, and one side on request', () => {
    expect(measuredHalves()).toEqual({ polnear: ['dev', 'train'], halves: ['heldout', 'fit'] });
    expect(measuredHalves({ heldOutOnly: true })).toEqual({ polnear: ['dev'], halves: ['heldout'] });
  });

  it('never scores a held-out half when only the tuning halves are asked for', () => {
    expect(measuredHalves({ tuningOnly: true })).toEqual({ polnear: ['train'], halves: ['fit'] });
    expect(() => measuredHalves({ tuningOnly: true, heldOutOnly: true })).toThrow(/exclude/);
  });
});

describe('hedges list', () => {
  it('reads every entry of the package, both quote styles', () => {
    const list = hedgesList();
    expect(list).toHaveLength(162);
    expect(list).toContain("don't know");
    expect(list).toContain('would');
  });
});

describe('PolNeAR source agreement: gold pronouns read as their gold referent', () => {
  // Invented text and annotation: "Mayor Ruiz said the bridge would open. The protesters shouted. He added that ..."
  const text =
    'Mayor Ruiz said the bridge would open. The protesters shouted slogans. He added that the toll was fair. I think so.';
  const at = (s: string, from = 0) => {
    const i = text.indexOf(s, from);
    return `${i} ${i + s.length}\t${s}`;
  };
  const ann = [
    `T1\tSource ${at('Mayor Ruiz')}`,
    `T2\tCue ${at('said')}`,
    `T3\tSource ${at('The protesters')}`,
    `T4\tCue ${at('shouted')}`,
    `T5\tSource ${at('He')}`,
    `T6\tCue ${at('added')}`,
    `T7\tSource ${at('I')}`,
    `T8\tCue ${at('think')}`,
    'E1\tAttribution:T2 Cue:T2 Source:T1',
    'E2\tAttribution:T4 Cue:T4 Source:T3',
    'E3\tAttribution:T6 Cue:T6 Source:T5',
    'E4\tAttribution:T8 Cue:T8 Source:T7',
  ].join('\n');
  const attributions = parseAnn(ann);
  resolveGoldPronouns(attributions);
  const doc: PolnearDoc = { name: 'invented', text, attributions };
  const third = text.indexOf('He added');
  const fourth = text.indexOf('I think');

  it('skips a plural mention for a singular pronoun and leaves first-person pronouns unresolved', () => {
    const sources = attributions.flatMap((a) => a.source);
    expect(sources.find((s) => s.text === 'He')?.referent).toBe('Mayor Ruiz');
    expect(sources.find((s) => s.text === 'I')?.referent).toBeUndefined();
  });

  it('agrees with the referent under the gold-referent reading, never under the issue definition', () => {
    expect(sourceAgrees(doc, third, third + 36, 'Ruiz')).toBe(true);
    expect(sourceAgrees(doc, third, third + 36, 'Ruiz', false)).toBe(false);
    expect(sourceAgrees(doc, third, third + 36, 'the protesters')).toBe(false);
    expect(sourceAgrees(doc, fourth, fourth + 11, 'Ruiz')).toBe(false);
  });
});
