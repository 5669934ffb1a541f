import { canonicalSourceName, resolveSurname, stateBodyName } from './aliases';
import { attribute } from './index';
import { segment } from '../text';

// Invented text: a pair of authors cited in full, then by surnames.
const DOC =
  'Farida Karimova and Tomas Lind studied the valley in 2015. Karimova and Lind wrote that the militia had dispersed. Lind added that few fighters remained.';

describe('resolveSurname', () => {
  const at = (s: string) => DOC.indexOf(s, 20);
  it('resolves a surname alone to the full name given earlier', () => {
    expect(resolveSurname('Lind', DOC, DOC.lastIndexOf('Lind'))).toBe('Tomas Lind');
  });
  it('resolves each surname of a coordination, so the pair is one source', () => {
    expect(resolveSurname('Karimova and Lind', DOC, at('Karimova and Lind'))).toBe('Farida Karimova and Tomas Lind');
    expect(resolveSurname('Karimova, Lind and Osei', DOC, at('Karimova and Lind'))).toBe(
      'Farida Karimova, Tomas Lind and Osei',
    );
  });
  it('resolves a courtesy title and surname, the newspaper style for a second mention (rubric 2.3.19)', () => {
    expect(resolveSurname('Ms. Karimova', DOC, DOC.lastIndexOf('Lind'))).toBe('Farida Karimova');
    expect(resolveSurname('Mr Lind', DOC, DOC.lastIndexOf('Lind'))).toBe('Tomas Lind');
    expect(resolveSurname('Dr. Osei', DOC, DOC.length)).toBe('Dr. Osei');
  });
  it('leaves full names and unknown surnames alone, and squashes line breaks inside a name', () => {
    expect(resolveSurname('Farida Karimova and Tomas Lind', DOC, DOC.length)).toBe('Farida Karimova and Tomas Lind');
    expect(resolveSurname('Osei', DOC, DOC.length)).toBe('Osei');
    expect(resolveSurname('Emomali \n\nRahmon', 'Emomali \n\nRahmon said so.', 0)).toBe('Emomali Rahmon');
  });
  it('gives the surname-only citation the canonical of the full one in a document', () => {
    const doc = segment(DOC);
    const canon = attribute(doc)
      .filter((a) => a)
      .map((a) => a!.canonical);
    expect(canon).toContain('Farida Karimova and Tomas Lind');
    expect(canon).not.toContain('Karimova and Lind');
  });
});

describe('one state body under its several names', () => {
  it.each([
    'the Kyrgyz Interior Ministry',
    'Kyrgyzstan’s Interior Ministry',
    'the Interior Ministry of Kyrgyzstan',
    'the Kyrgyz Ministry of Internal Affairs',
  ])('%s is the Interior Ministry of Kyrgyzstan', (mention) =>
    expect(canonicalSourceName(mention)).toBe('Interior Ministry of Kyrgyzstan'),
  );
  it.each(['KNB', 'Kazakhstan’s National Security Committee', 'the Kazakh Committee for National Security'])(
    '%s is the gazetteer’s National Security Committee of Kazakhstan (rubric 2.3.16)',
    (mention) => expect(canonicalSourceName(mention)).toBe('National Security Committee of Kazakhstan'),
  );
  it('keeps states apart, and a body with no state its own name', () => {
    expect(canonicalSourceName('the Uzbek Foreign Ministry')).toBe('Foreign Ministry of Uzbekistan');
    expect(canonicalSourceName('the Russian Ministry of Foreign Affairs')).toBe('Foreign Ministry of Russia');
    expect(canonicalSourceName('the Interior Ministry')).toBe('Interior Ministry');
  });
  it('reads a body past its bracketed acronym (rubric 2.3.17)', () => {
    expect(canonicalSourceName('the Ministry of Internal Affairs (MVD) of Kyrgyzstan')).toBe(
      'Interior Ministry of Kyrgyzstan',
    );
  });
  it('is null for a phrase that is no state body', () => {
    expect(stateBodyName('the Tajik border guards')).toBeNull();
    expect(stateBodyName('a ministry of the Tajik government')).toBeNull();
  });
});

describe('one state under its formal and short names (state-body-names.json stateNames, rubric 2.3.17)', () => {
  it.each([
    ['the Kyrgyz Republic', 'Kyrgyzstan'],
    ['the Republic of Tajikistan', 'Tajikistan'],
    ['the Russian Federation', 'Russia'],
    ['the U.S.', 'United States'],
    ['America', 'United States'],
    ['the United States of America', 'United States'],
  ])('%s is %s', (mention, state) => expect(canonicalSourceName(mention)).toBe(state));
  it('leaves a name that only opens with a state’s word alone', () => {
    expect(canonicalSourceName('USA Today')).toBe('USA Today');
    expect(canonicalSourceName('the Kyrgyz Republic’s parliament')).not.toBe('Kyrgyzstan');
  });
});

describe('regional news outlets are media (organisations.json, rubric 2.3.17)', () => {
  it.each(['Kloop', 'Current Time', 'Afghanistan International', 'Hasht-e Subh', 'KabulNow', 'Gazeta.uz'])(
    '%s reporting is a media source',
    (outlet) =>
      expect(attribute(segment(`${outlet} reported that the pass was closed.`), {})[0]).toMatchObject({
        sourceType: 'media',
        named: true,
      }),
  );
});

describe('distinct bodies keep distinct canonical names (rubric 2.3.16)', () => {
  // One canonical name is one report card and one origin for corroboration: bodies that only share a country, a
  // parent organisation or a medium must not be merged.
  const canonical = (sentence: string) => attribute(segment(sentence))[0]?.canonical;
  it.each([
    ['Fox News reported that the convoy was attacked.', 'Fox News'],
    ['CNN reported that the convoy was attacked.', 'CNN'],
    ['24.kg reported that the convoy was attacked.', '24.kg'],
    ['AKIpress reported that the convoy was attacked.', 'AKIpress'],
    ['The Kremlin said that the convoy was attacked.', 'Kremlin'],
    ['The State Department said that the convoy was attacked.', 'US State Department'],
    ['UNAMA said that the convoy was attacked.', 'UNAMA'],
    ['The UN Assistance Mission in Afghanistan said that the convoy was attacked.', 'UNAMA'],
    ['The United Nations said that the convoy was attacked.', 'United Nations'],
    ['Jaish-e-Mohammed said that the convoy was attacked.', 'Jaish-e-Mohammed'],
    // A group's own media outlet is the group (its communiqués are its own).
    ['The Al-Azaim Foundation said that the convoy was attacked.', 'ISKP'],
  ])('%s → %s', (sentence, name) => expect(canonical(sentence)).toBe(name));
});
