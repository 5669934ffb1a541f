import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveJwtSecret } from './jwt-secret';
import { scratchDirs } from '../../test/support/scratch-dirs';

const scratchDir = scratchDirs('jwt-secret-');

describe('resolveJwtSecret', () => {
  const fresh = () => join(scratchDir(), 'data');

  it('uses JWT_SECRET when set, writing nothing', async () => {
    const dir = fresh();
    await expect(resolveJwtSecret('configured-secret-configured-secret', dir)).resolves.toBe(
      'configured-secret-configured-secret',
    );
    expect(() => statSync(dir)).toThrow();
  });

  it('otherwise generates one into DATA_DIR/jwt-secret (mode 0600) and reuses it after a restart', async () => {
    const dir = fresh();
    const first = await resolveJwtSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(dir, 'jwt-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await expect(resolveJwtSecret(undefined, dir)).resolves.toBe(first);
  });

  it('gives processes starting together the same secret', async () => {
    const dir = fresh();
    const secrets = await Promise.all([1, 2, 3, 4].map(() => resolveJwtSecret(undefined, dir)));
    expect(new Set(secrets).size).toBe(1);
  });

  it('refuses a file too short to be a secret rather than signing with it', async () => {
    const dir = fresh();
    await resolveJwtSecret(undefined, dir);
    writeFileSync(join(dir, 'jwt-secret'), 'short\n');
    await expect(resolveJwtSecret(undefined, dir)).rejects.toThrow(/shorter than 32 characters/);
  });
});
