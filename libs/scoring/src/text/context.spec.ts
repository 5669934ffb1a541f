import { paragraphAround } from './context';

const P1 = 'KABUL, Afghanistan (March 3) - Officials met on Monday.';
const P2 =
  'The governor said the road was reopened. Police said 12 insurgents were detained near the bridge. Residents were not consulted.';
const P3 = 'A later paragraph about something else.';
const TEXT = `${P1}\n\n${P2}\n${P3}`;
const SENT = 'Police said 12 insurgents were detained near the bridge.';

describe('paragraphAround', () => {
  it('gives the rest of the assertion’s own paragraph, not its neighbours', () => {
    const at = TEXT.indexOf(SENT);
    expect(paragraphAround(TEXT, SENT, at, { atTextStart: true, atTextEnd: true })).toEqual({
      before: 'The governor said the road was reopened. ',
      after: ' Residents were not consulted.',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('finds the assertion when the window is shifted (code points vs UTF-16 units)', () => {
    const at = TEXT.indexOf(SENT);
    expect(paragraphAround(TEXT, SENT, at + 2)?.before).toBe('The governor said the road was reopened. ');
    expect(paragraphAround(`😀${TEXT}`, SENT, at)?.after).toBe(' Residents were not consulted.');
  });

  it('is null when the window does not hold the assertion', () => {
    expect(paragraphAround(TEXT, 'Not in the text.', 10)).toBeNull();
  });

  it('clips a long paragraph at word boundaries and says so', () => {
    const long = `${'word '.repeat(200)}${SENT} ${'more '.repeat(200)}`.trim();
    const r = paragraphAround(long, SENT, long.indexOf(SENT), { atTextStart: true, atTextEnd: true, sideMax: 50 })!;
    expect(r.clippedBefore).toBe(true);
    expect(r.clippedAfter).toBe(true);
    expect(r.before.length).toBeLessThanOrEqual(50);
    expect(r.before.startsWith('word')).toBe(true);
    expect(r.after.trim().endsWith('more')).toBe(true);
  });

  it('says a paragraph running past the window’s edge is clipped', () => {
    const window = TEXT.slice(TEXT.indexOf('governor'));
    const r = paragraphAround(window, SENT, window.indexOf(SENT))!;
    expect(r.before).toBe('governor said the road was reopened. ');
    expect(r.clippedBefore).toBe(true);
    // At the article's own start and end, a paragraph there is whole.
    const whole = `${P2}`;
    expect(paragraphAround(whole, SENT, whole.indexOf(SENT), { atTextStart: true, atTextEnd: true })).toMatchObject({
      clippedBefore: false,
      clippedAfter: false,
    });
    expect(paragraphAround(whole, SENT, whole.indexOf(SENT))).toMatchObject({
      clippedBefore: true,
      clippedAfter: true,
    });
  });

  it('joins wrapped lines into one line of context', () => {
    const wrapped = 'The governor said on Monday that the main road between the two\ndistricts was reopened. ' + SENT;
    const r = paragraphAround(wrapped, SENT, wrapped.indexOf(SENT))!;
    expect(r.before).toBe('The governor said on Monday that the main road between the two districts was reopened. ');
  });
});
