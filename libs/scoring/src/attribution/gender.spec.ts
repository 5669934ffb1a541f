import { genderClash, lexicalGender } from './gender';

describe('lexicalGender reads a title before a name or a head noun, never a name', () => {
  it('reads titles of address', () => {
    expect(lexicalGender('Mrs. Azimova')).toBe('f');
    expect(lexicalGender('Mr. Odinaev')).toBe('m');
    expect(lexicalGender('Ms Karimova')).toBe('f');
  });

  it('reads the head noun, not a possessor or an "of" phrase', () => {
    expect(lexicalGender('the mother of the detained man')).toBe('f');
    expect(lexicalGender("the woman's lawyer")).toBeNull();
    expect(lexicalGender("Nazarov's brother")).toBe('m');
    expect(lexicalGender('the ministry spokeswoman')).toBe('f');
  });

  it('gives no sex to names or sex-neutral roles', () => {
    expect(lexicalGender('Dilnoza Rahimova')).toBeNull();
    // a surname that is a noun of sex in lower case
    expect(lexicalGender('Nodira King')).toBeNull();
    expect(lexicalGender('Mrs. Nodira King')).toBe('f');
    expect(lexicalGender('the spokesperson')).toBeNull();
    expect(lexicalGender('the deputy minister')).toBeNull();
  });

  it('clashes only for he or she against the other sex', () => {
    expect(genderClash('she', 'his brother')).toBe(true);
    expect(genderClash('he', 'his brother')).toBe(false);
    expect(genderClash('they', 'his brother')).toBe(false);
    expect(genderClash('he', 'Dilnoza Rahimova')).toBe(false);
  });
});
