import { DEFAULT_SCRYPT_PARAMS, parseHash, PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('uses at least N=2^15, r=8, p=1 by default', () => {
    expect(DEFAULT_SCRYPT_PARAMS.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(DEFAULT_SCRYPT_PARAMS).toMatchObject({ r: 8, p: 1 });
  });

  it('writes a self-describing scrypt$N$r$p$salt$hash with a 16-byte salt', async () => {
    const encoded = await hasher.hash('correct horse battery');
    expect(encoded).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    const parsed = parseHash(encoded);
    expect(parsed?.salt).toHaveLength(16);
    expect(parsed?.key).toHaveLength(32);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const encoded = await hasher.hash('correct horse battery');
    await expect(hasher.verify('correct horse battery', encoded)).resolves.toBe(true);
    await expect(hasher.verify('correct horse battery ', encoded)).resolves.toBe(false);
    await expect(hasher.verify('', encoded)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hasher.hash('same password!!'), hasher.hash('same password!!')]);
    expect(a).not.toBe(b);
  });

  it('handles non-ASCII passwords', async () => {
    const encoded = await hasher.hash('pässwörd-ñ-密码-🔑');
    await expect(hasher.verify('pässwörd-ñ-密码-🔑', encoded)).resolves.toBe(true);
    await expect(hasher.verify('passwörd-ñ-密码-🔑', encoded)).resolves.toBe(false);
  });

  it('checks hashes made with other parameters by reading them from the hash', async () => {
    const cheap = new PasswordHasher({ N: 2 ** 10, r: 8, p: 1 });
    const encoded = await cheap.hash('an older password');
    expect(encoded.startsWith('scrypt$1024$8$1$')).toBe(true);
    await expect(hasher.verify('an older password', encoded)).resolves.toBe(true);
    expect(hasher.needsRehash(encoded)).toBe(true);
    expect(hasher.needsRehash(await hasher.hash('a current password'))).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another algorithm', 'bcrypt$2b$10$abc'],
    ['missing parts', 'scrypt$32768$8$1$c2FsdHNhbHQ'],
    ['N not a power of two', 'scrypt$30000$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    [
      'N too large (a tampered row must not pin the CPU)',
      'scrypt$2147483648$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA',
    ],
    ['r out of range', 'scrypt$1024$0$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['short salt', 'scrypt$1024$8$1$c2Fs$aGFzaGhhc2hoYXNoaGFzaA'],
  ])('rejects an unreadable hash (%s) with false rather than a throw', async (_, encoded) => {
    expect(parseHash(encoded)).toBeNull();
    await expect(hasher.verify('whatever password', encoded)).resolves.toBe(false);
  });

  it('runs a dummy check that never succeeds', async () => {
    await expect(hasher.verifyDummy('dummy password that matches no account')).resolves.toBe(false);
  });
});
