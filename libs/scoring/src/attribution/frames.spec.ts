import { finiteVerbAt, frameAt, readingAt } from './frames';
import { tokenize } from './tokens';

/** Reading and frame of the first occurrence of `word` in `sentence`. */
function at(sentence: string, word: string): { reading: string; frame: string } {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.lower === word);
  if (i < 0) throw new Error(`${word} not in ${sentence}`);
  return { reading: readingAt(tokens, i), frame: frameAt(tokens, i + 1) };
}

describe('complement frames', () => {
  it.each([
    ['The mayor denied that the bridge was closed.', 'denied', 'that'],
    ['The mayor denied the rumour about the bridge.', 'denied', 'object'],
    ['The mayor said the bridge would reopen.', 'said', 'clause'],
    ['The mayor said he would resign.', 'said', 'clause'],
    ['The bridge will reopen in May, the mayor said.', 'said', 'end'],
    ['The mayor vowed to reopen the bridge.', 'vowed', 'to'],
    ['The mayor called for calm.', 'called', 'p-for'],
    ['The mayor announced on Wednesday that the bridge was safe.', 'announced', 'that'],
    ['The mayor announced Wednesday that the bridge was safe.', 'announced', 'that'],
    ['The mayor added: “We are ready.”', 'added', 'quote'],
  ])('%s → %s in frame %s', (sentence, word, frame) => {
    expect(at(sentence, word).frame).toBe(frame);
  });
});

describe('verb or noun reading', () => {
  it.each([
    ['Critics claim the toll is unfair.', 'claim', 'verb'],
    ['The claim that the toll is unfair spread.', 'claim', 'noun'],
    ['Amid fears that the dam would burst, villagers left.', 'fears', 'noun'],
    ['The governor’s promise to pave the road was broken.', 'promise', 'noun'],
    ['Farmers fear that the dam will burst.', 'fear', 'verb'],
    ['Four in 10 say the toll is unfair.', 'say', 'verb'],
    // a plural borrowed with its own ending agrees as a plural (rubric 2.3.19)
    ['The Taliban deny hosting foreign fighters.', 'deny', 'verb'],
    ['The mujahideen claim the ambush.', 'claim', 'verb'],
  ])('%s: %s reads as a %s', (sentence, word, reading) => {
    expect(at(sentence, word).reading).toBe(reading);
  });
  it('reads a bare form after a singular noun as a noun ("the border list")', () => {
    expect(at('Adding the group to the border list makes sense.', 'list').reading).toBe('noun');
  });
  it('reads an -ing or plural form after an adjective as a noun', () => {
    expect(at('After careful planning to avoid harm, the patrol left.', 'planning').reading).toBe('noun');
    expect(at('They plotted deadly attacks against the post.', 'attacks').reading).toBe('noun');
  });
  it('keeps a verb after an official', () => {
    expect(at('An official says the post is safe.', 'says').reading).toBe('verb');
  });
});

describe('verb reading past the word right before the cue', () => {
  it('reads a bare form after coordinated names as a plural verb', () => {
    expect(at('Doctors Karimi and Sadat argue the clinic is underfunded.', 'argue').reading).toBe('verb');
    // A single name before a bare form is still no plural subject.
    expect(at('The Sadat claim was dismissed.', 'claim').reading).toBe('noun');
  });
  it('reads a bare form after a plural head and its prepositional post-modifier as a verb', () => {
    expect(at('Elders from the northern valley warn the road is mined.', 'warn').reading).toBe('verb');
    expect(at('Members of the shura doubt the ceasefire will hold.', 'doubt').reading).toBe('verb');
    // A singular head keeps the noun reading ("the head of the shura list").
    expect(at('The head of the village list was lost.', 'list').reading).toBe('noun');
  });
  it('reads a gerund right after an adverbial preposition as a verb, a noun after a preposition as a noun', () => {
    expect(at('The governor began by insisting that the road was open.', 'insisting').reading).toBe('verb');
    expect(at('After warning that the dam was weak, the engineer left.', 'warning').reading).toBe('verb');
    expect(at('By the warning of the engineer, the village was emptied.', 'warning').reading).toBe('noun');
  });
});

describe('finite verb after a cue form', () => {
  const after = (sentence: string, word: string): boolean => {
    const tokens = tokenize(sentence);
    return finiteVerbAt(tokens, tokens.findIndex((t) => t.lower === word) + 1);
  };
  it('finds a modal, an auxiliary or a simple past', () => {
    expect(after('Neighbouring states will close the border.', 'states')).toBe(true);
    expect(after('Neighbouring states closed the border.', 'states')).toBe(true);
  });
  it('finds none before a complement or a noun', () => {
    expect(after('The decree states that the border is closed.', 'states')).toBe(false);
    expect(after('Kyrgyz state media carried the story.', 'state')).toBe(false);
  });
});

describe('an -s form usually read as a verb, after a word with an adjective suffix', () => {
  it('stays a verb after a noun that only looks like an adjective', () => {
    expect(at('The executive says the vote will stand.', 'says').reading).toBe('verb');
  });
  it('is a noun as a light verb’s object, and after a word that is only an adjective', () => {
    expect(at('The governor made other public promises to rebuild.', 'promises').reading).toBe('noun');
    expect(at('They plotted deadly attacks against the post.', 'attacks').reading).toBe('noun');
  });
});
