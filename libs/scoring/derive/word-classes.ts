/**
 * Writes rubric/attribution/word-classes.json: the word classes attribution needs without a tagger, read from the
 * lexicon of the Brill part-of-speech tagger shipped with natural
 * (natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json), by each entry's tags (the first is the
 * most frequent). ASCII letters only. Not tuned on any corpus. Deterministic.
 * - commonCapitalised: capitalised entries whose most frequent tag is neither NNP nor NNPS ("Just", "That",
 *   "Democratic"): standing alone, such a word is a sentence opener or a proper adjective, not a name;
 * - pastTense: lower-case entries whose most frequent tag is VBD ("spoke", "met"): they end a noun phrase;
 * - baseVerbs: lower-case entries tagged VB anywhere ("exit", "surrender"): they tell a to-infinitive from a
 *   preposition ("for them to exit" / "an end to violence");
 * - adjectivesOnly: lower-case entries tagged only JJ, JJR or JJS ("subtle", "foreign"): a cue form after one is the
 *   head noun of its phrase ("the subtle jokes"), as after an adjective suffix;
 * - mostlyAdjectives: lower-case entries whose most frequent tag is JJ, JJR or JJS but that carry another tag too
 *   ("strong", "low", "calm"): with adjectivesOnly, the words that after a linking verb are its predicative
 *   adjective ("appears strong");
 * - lexicalVerbsOnly: lower-case entries whose most frequent tag is VB, VBP or VBZ and that carry no noun, adjective,
 *   number, pronoun or determiner tag ("see", "contains"): such a word ends no subject, so a cue form after it is
 *   its object ("see references"), not a verb of its own;
 * - prepositions: lower-case entries whose most frequent tag is IN, less "that" (which opens clauses as a determiner
 *   or pronoun too): a sentence opening with one fronts an adverbial ("Throughout Tuesday, …"), never its subject;
 * - nounOnlyCueForms: surface forms of the corpus-derived cue lexicon (cue-lexicon.json) tagged only NN or NNS, less
 *   -ing forms (the lexicon tags some gerunds NN only): "proposals", "statement" are never verbs, so "policy
 *   proposals" is no subject and its verb;
 * - verbFirstSForms: -s forms of the cue lexicon whose most frequent tag is VBZ ("says", "suggests"): the adjective
 *   suffix rule ("careful planning", "lethal attacks") does not make them nouns after "the executive", "the missive".
 * - lyNouns: lower-case entries in -ly whose most frequent tag is NN or NNS and that carry no adverb tag ("family",
 *   "ally", "rally", "assembly"): the head of a phrase, never an adverb between a subject and its verb ("the
 *   victim's family said" is the family speaking, not "the victim" saying something familywise).
 * - nonNominal: lower-case entries carrying no tag of a word that can head a noun phrase (noun, proper noun, personal
 *   or possessive pronoun, wh-pronoun or -determiner, number, determiner or predeterminer, existential "there",
 *   foreign word): adjectives, adverbs, verbs, prepositions ("outright", "least", "somehow", "provide", "seen").
 *   A phrase of such words and articles names nobody, so it is no source ("others are wary, if not outright
 *   opposed"); "those" and "many" (determiners that stand as pronouns) are not in it.
 * - frontedAdverbials: capitalised entries whose most frequent tag is IN or RB, less the simple subordinators (Quirk
 *   et al. 1985 §14.12: "As", "When", "Though", "If" … open a clause, whose subject may be the attribution's):
 *   opening a sentence, such a word fronts an adverbial ("Amid …", "Despite …", "Perhaps …") and is never part of the
 *   subject;
 * - pluralNouns: lower-case entries whose most frequent tag is NNS and whose capitalised form, if listed, is not
 *   mostly a proper noun ("migrants", "terrorists", "audiences"; not "affairs" of "Foreign Affairs"): opening a
 *   sentence capitalised, such a word is a plural common noun, a crowd, not a person's or a body's name;
 * - frontedParticiples: capitalised entries whose most frequent tag is VBN ("Asked", "Given", "Based"): opening a
 *   sentence, such a word starts a participial clause, whose subject is the main clause's.
 *
 *   node -r @swc-node/register libs/scoring/derive/word-classes.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import brill from 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
import cueLexicon from '../rubric/attribution/cue-lexicon.json';

/** The word classes, as word-classes.json holds them. */
export function deriveWordClasses(): Record<string, unknown> {
  const entries = Object.entries(brill as unknown as Record<string, string[]>);
  const lexiconTags = brill as unknown as Record<string, string[] | undefined>;
  const sorted = (words: string[]) => [...new Set(words)].sort();

  const commonCapitalised = sorted(
    entries.filter(([w, tags]) => /^[A-Z][a-z]+$/.test(w) && tags[0] !== 'NNP' && tags[0] !== 'NNPS').map(([w]) => w),
  );
  const pastTense = sorted(entries.filter(([w, tags]) => /^[a-z]+$/.test(w) && tags[0] === 'VBD').map(([w]) => w));
  const baseVerbs = sorted(entries.filter(([w, tags]) => /^[a-z]+$/.test(w) && tags.includes('VB')).map(([w]) => w));
  const adjectivesOnly = sorted(
    entries.filter(([w, tags]) => /^[a-z]+$/.test(w) && tags.every((t) => /^JJ[RS]?$/.test(t))).map(([w]) => w),
  );
  // The complement of adjectivesOnly among adjectives: mostly JJ, sometimes another part of speech ("strong", "low",
  // "calm", "clear").
  const mostlyAdjectives = sorted(
    entries
      .filter(([w, tags]) => /^[a-z]+$/.test(w) && /^JJ[RS]?$/.test(tags[0]) && !tags.every((t) => /^JJ[RS]?$/.test(t)))
      .map(([w]) => w),
  );
  const prepositions = sorted(
    entries.filter(([w, tags]) => /^[a-z]+$/.test(w) && tags[0] === 'IN' && w !== 'that').map(([w]) => w),
  );
  // Quirk et al. 1985 §14.12, simple subordinators (with "so" and "that", which open clauses as well).
  const SUBORDINATORS = new Set(
    'after although as because before if lest once since so than that though till unless until when whenever where whereas wherever whether while whilst'.split(
      ' ',
    ),
  );
  const frontedAdverbials = sorted(
    entries
      .filter(
        ([w, tags]) => /^[A-Z][a-z]+$/.test(w) && /^(?:IN|RB)$/.test(tags[0]) && !SUBORDINATORS.has(w.toLowerCase()),
      )
      .map(([w]) => w),
  );
  const pluralNouns = sorted(
    entries
      .filter(([w, tags]) => {
        if (!/^[a-z]+$/.test(w) || tags[0] !== 'NNS') return false;
        const capitalised = lexiconTags[w[0].toUpperCase() + w.slice(1)];
        return !capitalised || !/^NNPS?$/.test(capitalised[0]);
      })
      .map(([w]) => w),
  );
  const frontedParticiples = sorted(
    entries.filter(([w, tags]) => /^[A-Z][a-z]+$/.test(w) && tags[0] === 'VBN').map(([w]) => w),
  );
  const nounOnlyCueForms = sorted(
    cueLexicon.cues
      .flatMap((c) => c.forms)
      .filter(
        (f) => !/ing$/.test(f) && (lexiconTags[f] ?? []).length > 0 && lexiconTags[f]!.every((t) => /^NNS?$/.test(t)),
      ),
  );
  const NOMINAL_TAGS = /^(?:NNP?S?|JJ[RS]?|CD|PRP\$?|DT|PDT|WDT|WP)$/;
  const lexicalVerbsOnly = sorted(
    entries
      .filter(([w, tags]) => /^[a-z]+$/.test(w) && /^VB[PZ]?$/.test(tags[0]) && !tags.some((t) => NOMINAL_TAGS.test(t)))
      .map(([w]) => w),
  );

  const verbFirstSForms = sorted(
    cueLexicon.cues.flatMap((c) => c.forms).filter((f) => /[^s]s$/.test(f) && lexiconTags[f]?.[0] === 'VBZ'),
  );

  const lyNouns = sorted(
    entries
      .filter(([w, tags]) => /^[a-z]+ly$/.test(w) && /^NNS?$/.test(tags[0]) && !tags.some((t) => t.includes('RB')))
      .map(([w]) => w),
  );

  // Lower-case nouns ending in an adjective-forming suffix (-ian, -ese, -ish, -ern, -ic) with no adjective tag at all.
  const suffixNouns = sorted(
    entries
      .filter(
        ([w, tags]) =>
          /^[a-z]+(?:ian|ese|ish|ern|ic)$/.test(w) && /^NNS?$/.test(tags[0]) && !tags.some((t) => t.startsWith('JJ')),
      )
      .map(([w]) => w),
  );

  const NOUN_PHRASE_HEAD_TAGS = /^(?:NNP?S?|PRP\$?|WP\$?|WDT|CD|DT|PDT|EX|FW)$/;
  const nonNominal = sorted(
    entries
      .filter(([w, tags]) => /^[a-z]+$/.test(w) && !tags.some((t) => NOUN_PHRASE_HEAD_TAGS.test(t)))
      .map(([w]) => w),
  );

  return {
    description:
      "Word classes attribution needs without a tagger. Origin: the Brill part-of-speech tagger's lexicon shipped with natural (natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json), by each entry's tags, the first being the most frequent; ASCII letters only. commonCapitalised: capitalised entries whose most frequent tag is neither NNP nor NNPS ('Just', 'That', 'Democratic'): alone, such a word is a sentence opener or a proper adjective, no speaker and no antecedent of he/she. pastTense: lower-case entries whose most frequent tag is VBD ('spoke', 'met'): they end a noun phrase as '-ed' forms do. baseVerbs: lower-case entries tagged VB anywhere ('exit', 'surrender'): they tell a to-infinitive ('for them to exit') from a preposition ('an end to violence'). adjectivesOnly: lower-case entries tagged only JJ, JJR or JJS ('subtle', 'foreign'): a cue form after one heads a noun phrase ('the subtle jokes'). mostlyAdjectives: lower-case entries whose most frequent tag is JJ, JJR or JJS but that carry another tag too ('strong', 'low', 'calm'): with adjectivesOnly, the words that after a linking verb are its predicative adjective ('appears strong'). lexicalVerbsOnly: lower-case entries whose most frequent tag is VB, VBP or VBZ and that carry no noun, adjective, number, pronoun or determiner tag ('see', 'contains'; attribution leaves out auxiliaries and modals itself): no subject ends in one, so a cue form after it is its object ('see references'). prepositions: lower-case entries whose most frequent tag is IN, less 'that' (a determiner or pronoun as well): a sentence opening with one fronts an adverbial ('Throughout Tuesday, …'), not its subject. nounOnlyCueForms: surface forms of the corpus-derived cue lexicon (cue-lexicon.json) tagged only NN or NNS, less -ing forms (some gerunds are tagged NN only): never verbs ('policy proposals', 'a public endorsement'). verbFirstSForms: -s forms of the cue lexicon whose most frequent tag is VBZ ('says', 'suggests'): after a word that only looks like an adjective by its suffix ('the executive says', 'the missive suggests') they stay verbs. lyNouns: lower-case entries in -ly whose most frequent tag is NN or NNS and that carry no adverb tag ('family', 'ally', 'rally', 'assembly'): the head of a phrase, never an adverb between a subject and its verb ('the victim's family said'). nonNominal: lower-case entries with no tag of a word that can head a noun phrase (NN, NNS, NNP, NNPS, PRP, PRP$, WP, WP$, WDT, CD, DT, PDT, EX, FW): adjectives, adverbs, verbs and prepositions ('outright', 'least', 'somehow', 'provide'); a phrase of such words and articles names nobody, so it is no source ('if not outright opposed'), while 'those' and 'many', determiners standing as pronouns, stay out of it. frontedAdverbials: capitalised entries whose most frequent tag is IN or RB, less the simple subordinators of Quirk et al. 1985 §14.12 ('As', 'When', 'Though' open a clause whose subject may be the attribution's): opening a sentence, such a word fronts an adverbial ('Amid …', 'Despite …', 'Perhaps …') and is no part of the subject. frontedParticiples: capitalised entries whose most frequent tag is VBN ('Asked', 'Given', 'Based'): opening a sentence, such a word starts a participial clause, whose subject is the main clause's. pluralNouns: lower-case entries whose most frequent tag is NNS and whose capitalised form, if listed, is not mostly NNP or NNPS ('migrants', 'terrorists', 'audiences'): opening a sentence capitalised, such a word is a crowd named by a plural common noun, no person's or body's name. suffixNouns: lower-case entries ending in an adjective-forming suffix (-ian, -ese, -ish, -ern, -ic) whose most frequent tag is NN or NNS and that carry no adjective tag ('republic', 'guardian', 'critic', 'historian'): capitalised, such a word is a name's head ('the Kyrgyz Republic', 'The Guardian'), not a proper adjective before a noun. Written by libs/scoring/derive/word-classes.ts; not tuned on any corpus.",
    commonCapitalised,
    pastTense,
    baseVerbs,
    adjectivesOnly,
    mostlyAdjectives,
    lexicalVerbsOnly,
    prepositions,
    nounOnlyCueForms,
    verbFirstSForms,
    lyNouns,
    nonNominal,
    frontedAdverbials,
    frontedParticiples,
    pluralNouns,
    suffixNouns,
  };
}

if (require.main === module) {
  const out = deriveWordClasses();
  const path = resolve(__dirname, '../rubric/attribution/word-classes.json');
  writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
  const counts = Object.entries(out)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${(v as string[]).length} ${k}`)
    .join(', ');
  process.stdout.write(`${path}: ${counts}\n`);
}
