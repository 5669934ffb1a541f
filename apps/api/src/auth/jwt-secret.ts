import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The JWT signing secret: JWT_SECRET when set (required in production), otherwise one generated
 * on first start and kept in `${dataDir}/jwt-secret` (mode 0600), so sign-ins survive restarts
 * of a development install without anyone having to invent a secret.
 */
export async function resolveJwtSecret(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = join(dataDir, 'jwt-secret');
  const existing = await readSecret(file);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx' fails if the file exists: when two processes start together, the first writer wins
    // and the other reads its secret, so both sign with the same key.
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    for (let i = 0; i < 20; i++) {
      const other = await readSecret(file);
      if (other) return other;
      // The other process created the file but has not finished writing it yet.
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${file} exists but is empty or shorter than 32 characters; delete it or set JWT_SECRET`, {
      cause: e,
    });
  }
}

async function readSecret(file: string): Promise<string | null> {
  try {
    const s = (await readFile(file, 'utf8')).trim();
    return s.length >= 32 ? s : null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
