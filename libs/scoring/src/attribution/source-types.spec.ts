import { canonicalSourceName, classifySource } from './index';

describe('canonicalSourceName', () => {
  it.each([
    ['ISAF', 'ISAF'],
    ['International Security Assistance Force', 'ISAF'],
    ['the ISAF Joint Command', 'ISAF'],
    ['ISAF Joint Command', 'ISAF'],
    ['coalition forces', 'Coalition forces'],
    ['coalition', 'Coalition forces'],
    ['the ICG report', 'International Crisis Group'],
    ['ICG', 'International Crisis Group'],
    ['International Crisis Group', 'International Crisis Group'],
    ['Jamestown Institute', 'Jamestown Foundation'],
    ['A Jamestown report', 'Jamestown Foundation'],
    ['LWJ', 'Long War Journal'],
    ['the Long War Journal', 'Long War Journal'],
    ['Noah Tucker', 'Noah Tucker'],
  ])('%s → %s', (mention, canonical) => {
    expect(canonicalSourceName(mention)).toBe(canonical);
  });
  it('keeps an office holder distinct from the organisation', () => {
    expect(canonicalSourceName('a former ISAF officer')).not.toBe('ISAF');
  });
});

describe('classifySource', () => {
  it.each([
    ['the head of Kyrgyzstan’s state security service', 'official', true],
    ['Afghan officials', 'official', false],
    ['The OSCE report', 'official', true],
    ['the US official', 'official', false],
    ['Several Kunduz officials', 'official', false],
    ['The Kunduz police chief', 'official', true],
    ['U.S. Army Col. Rafael Torres', 'military', true],
    ['a former ISAF officer', 'military', false],
    ['the joint security force', 'military', false],
    ['coalition aircraft', 'military', false],
    ['the Taleban commander', 'insurgent', false],
    ['a Taliban night letter', 'insurgent', true],
    ['the IMU', 'insurgent', true],
    ['Almaty-based Kazak political analyst Marat Shibutov', 'independent', true],
    ['Stratfor', 'independent', true],
    ['the Carnegie Centre in Moscow', 'independent', true],
    ['The Kabul-based Ariana News website', 'media', true],
    ['the Christian Science Monitor', 'media', true],
    ['many analysts', 'anonymous', false],
    ['intelligence sources', 'anonymous', false],
    ['it was reported', 'anonymous', false],
  ])('%s → %s (named %s)', (mention, type, named) => {
    expect(classifySource(mention)).toMatchObject({ sourceType: type, named });
  });
  it('types an unknown name from its description', () => {
    expect(
      classifySource('Daniil Kislov', { description: 'director of the analytical-information agency Ferghana' })
        .sourceType,
    ).toBe('independent');
    expect(classifySource('Zahir Khan', { description: 'spokesman for the Ministry of Interior' }).sourceType).toBe(
      'official',
    );
  });
  it('types the Taliban by date: insurgent in 2013, government after the 2021 takeover', () => {
    expect(classifySource('the Taliban', { publishedAt: new Date('2013-10-01') }).sourceType).toBe('insurgent');
    expect(classifySource('the Taliban', { publishedAt: new Date('2023-01-01') }).sourceType).toBe('official');
    expect(
      classifySource('the Taliban', {
        sentence: 'In 2010 the Taliban said they would fight on.',
        publishedAt: new Date('2023-01-01'),
      }).sourceType,
    ).toBe('insurgent');
  });
  it('never types a named organisation as anonymous', () => {
    expect(classifySource('Human Rights Watch').sourceType).not.toBe('anonymous');
  });
});

describe('civil-society bodies and NGOs are independent, as the guide types NGOs', () => {
  it.each([
    ['the Herat Carpet Weavers Union', 'independent'],
    ['the Kandahar Shopkeepers Association', 'independent'],
    ['the Mazar Chamber of Commerce', 'independent'],
    ['an MSF spokesman', 'independent'],
    ['a spokeswoman for Doctors Without Borders', 'independent'],
    ['the International Committee of the Red Cross', 'independent'],
    ['the Norwegian Refugee Council', 'independent'],
    // State unions stay governments; a crowd word alone stays anonymous.
    ['the European Union', 'official'],
    ['traders in Balkh', 'anonymous'],
  ])('%s → %s', (mention, type) => {
    expect(classifySource(mention).sourceType).toBe(type);
  });
});

describe('a member of a body takes the body’s side', () => {
  it.each([
    ['a member of the district council', 'official'],
    ['members of the border commission', 'official'],
    ['staff at the interior ministry', 'official'],
    ['an adviser from the Carnegie Endowment', 'independent'],
    ['a member of the militant group', 'insurgent'],
  ])('%s → %s', (mention, type) => expect(classifySource(mention).sourceType).toBe(type));
  it('leaves a member of no typed body unjudged', () => {
    expect(classifySource('a member of the public').sourceType).toBe('anonymous');
    expect(classifySource('a member of the audience').sourceType).toBe('anonymous');
  });
});

describe('a body named by its common noun and an insurgent modifier', () => {
  it.each(['the insurgent group', 'a militant organisation', 'the terrorist group'])('%s → insurgent', (mention) =>
    expect(classifySource(mention).sourceType).toBe('insurgent'),
  );
  it('leaves a bare "group" to the context that names it', () => {
    expect(classifySource('the group').sourceType).not.toBe('insurgent');
    expect(classifySource('a farmers’ group').sourceType).not.toBe('insurgent');
  });
});

describe('officers of the justice system', () => {
  it.each(['Kazakh investigators', 'the investigator', 'the ministry’s inspector general'])('%s → official', (m) =>
    expect(classifySource(m).sourceType).toBe('official'),
  );
});

describe('an agency or panel takes its owner’s side (rubric 2.3.23)', () => {
  it.each([
    ['Kyrgyzstan’s security agency', 'official'],
    ['the Tajik border agency', 'official'],
    ['a Kazakh government panel', 'official'],
    ['the Taliban’s intelligence agency', 'insurgent'],
  ])('%s → %s', (mention, type) => expect(classifySource(mention).sourceType).toBe(type));
  it('leaves an agency with no owner to the context, and a news agency to its own type', () => {
    expect(classifySource('the agency').sourceType).not.toBe('official');
    expect(classifySource('the Uzbek news agency').sourceType).toBe('media');
  });
});

describe('the plural of an office is the same side (rubric 2.3.23)', () => {
  it.each([
    ['Foreign ministers from the region', 'official'],
    ['the governors of three provinces', 'official'],
    ['Taliban commanders', 'insurgent'],
    ['two professors at the university', 'independent'],
  ])('%s → %s', (mention, type) => expect(classifySource(mention).sourceType).toBe(type));
});

describe('the head of a body is of its side (rubric 2.3.23)', () => {
  it.each([
    ['the head of the IMU', 'insurgent'],
    ['the chief of the Afghanistan Analysts Network', 'independent'],
    ['the head of a local charity', 'independent'],
    ['the deputy head of the Tajik border service', 'official'],
  ])('%s → %s', (mention, type) => expect(classifySource(mention).sourceType).toBe(type));
  it('keeps the head of an untyped body, or of none, an official', () => {
    expect(classifySource('the deputy head of the delegation').sourceType).toBe('official');
    expect(classifySource('the head').sourceType).toBe('official');
  });
});
