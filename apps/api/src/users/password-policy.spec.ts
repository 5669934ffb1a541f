import { BadRequestException } from '@nestjs/common';
import { checkPasswordPolicy } from './password-policy';

const refusal = (password: string, email?: string) => {
  try {
    checkPasswordPolicy(password, email);
  } catch (e) {
    expect(e).toBeInstanceOf(BadRequestException);
    return (e as Error).message;
  }
  return null;
};

describe('password policy', () => {
  it('accepts the passwords the tests, fixtures and bench use', () => {
    for (const p of [
      'admin-password-for-tests',
      'long-enough-password',
      'a-long-enough-password',
      'benchmark-password',
    ])
      expect(refusal(p, 'admin@example.test')).toBeNull();
  });

  it('keeps the minimum length', () => {
    expect(refusal('short-one')).toBe('The password must be at least 12 characters');
  });

  it('refuses blank passwords, and does not count spaces or invisible characters towards the length', () => {
    expect(refusal(' '.repeat(12))).toMatch(/^The password is blank/);
    expect(refusal('\u200b'.repeat(12))).toMatch(/^The password is blank/);
    expect(refusal('\u3164'.repeat(12))).toMatch(/^The password is blank/);
    expect(refusal(`ab${'\u200d'.repeat(20)}`)).toMatch(/at least 12 characters other than spaces and invisible ones/);
  });

  it('refuses repeated, sequential, keyboard-row and common passwords, saying why', () => {
    expect(refusal('aaaaaaaaaaaa')).toMatch(/\(it repeats one character\)/);
    expect(refusal('abcabcabcabc')).toMatch(/\(it repeats a pattern\)/);
    expect(refusal('abcdefghijkl')).toMatch(/\(it is a sequence/);
    expect(refusal('password1234')).toMatch(/\(it is a common password/);
    expect(refusal('Password123!')).toMatch(/too easy to guess/);
    expect(refusal('qwertyuiop12')).toMatch(/too easy to guess/);
  });

  it("refuses the account's own e-mail address", () => {
    expect(refusal('ana.lyst@example.org1', 'ana.lyst@example.org')).toMatch(/your e-mail address/);
  });

  it('judges only the start of a very long password, in bounded time', () => {
    const started = Date.now();
    expect(refusal('1234567890'.repeat(100))).toMatch(/too easy to guess/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
