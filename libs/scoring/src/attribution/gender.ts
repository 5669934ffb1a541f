/**
 * Gender agreement of "he" and "she" with their antecedent (Quirk et al. 1985 §6.10): a mention whose title or head
 * noun fixes a sex ("Mrs. Saidova", "the woman", "his brother") is no antecedent of the other pronoun. A bare name
 * carries no sex here: tying a name to the sex of a pronoun resolved to it earlier was tried and dropped, as one wrong
 * resolution, or a family name spouses share ("Mr. Aliev", "Mrs. Aliev"), then misled every pronoun after it.
 */
import gendered from '../../rubric/attribution/gendered-words.json';
import { analyseMention } from './mention-parts';

type Gender = 'm' | 'f';

const table = (lists: { masculine: string[]; feminine: string[] }): ReadonlyMap<string, Gender> =>
  new Map<string, Gender>([
    ...lists.masculine.map((w): [string, Gender] => [w, 'm']),
    ...lists.feminine.map((w): [string, Gender] => [w, 'f']),
  ]);

const TITLES = table(gendered.titles);
const NOUNS = table(gendered.nouns);
const ARTICLES = new Set(['the', 'a', 'an']);

const pronounGender = (pronoun: string): Gender | null => (pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null);

const bare = (word: string): string => word.replace(/\.$/, '').replace(/[’']s?$/, '');

/** The sex a mention's title ("Mrs. Saidova") or head noun ("the mother of the accused", "Saidov's wife") fixes. */
export function lexicalGender(text: string): Gender | null {
  const p = analyseMention(text);
  const core = p.tokens.slice(0, p.coreEnd).filter((t) => t.word);
  if (core.length === 0) return null;
  const first = ARTICLES.has(core[0].lower) ? core[1] : core[0];
  const title = first ? TITLES.get(bare(first.lower)) : undefined;
  const last = core[core.length - 1];
  if (title && first !== last) return title;
  // A word of a personal name is no noun of sex, whatever it means in lower case ("Nodira King", "Rustam Prince").
  if (p.person && last.start >= p.person[0] && last.end <= p.person[1]) return null;
  return NOUNS.get(bare(last.lower)) ?? null;
}

/** `pronoun` is he or she and the mention's title or head noun is of the other sex. */
export function genderClash(pronoun: string, text: string): boolean {
  const g = pronounGender(pronoun);
  if (!g) return false;
  const m = lexicalGender(text);
  return m !== null && m !== g;
}
