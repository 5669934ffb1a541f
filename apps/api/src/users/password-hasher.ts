import { randomBytes, scrypt, ScryptOptions, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';

export const MIN_PASSWORD_LENGTH = 12;

/** Cost parameters written into every hash, so they can be raised later without breaking old hashes. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

/** Optional provider overriding the cost (only unit tests use a cheaper one). */
export const SCRYPT_PARAMS = Symbol('SCRYPT_PARAMS');

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// A stored hash is data: refuse parameters that would let a tampered row pin the CPU or memory.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

function scryptAsync(password: string, salt: Buffer, keylen: number, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is exactly N=2^15,r=8, so leave headroom.
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

/** Parses `scrypt$N$r$p$salt$hash` (salt and hash base64url); null when it is not one we can check. */
export function parseHash(encoded: string): ParsedHash | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((s) => (/^\d{1,8}$/.test(s) ? Number(s) : NaN));
  if (!Number.isInteger(N) || N < 2 || N > MAX_N || (N & (N - 1)) !== 0) return null;
  if (!Number.isInteger(r) || r < 1 || r > MAX_R || !Number.isInteger(p) || p < 1 || p > MAX_P) return null;
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/**
 * scrypt password hashing from node:crypto (no native add-on). The encoding names the algorithm
 * and its parameters, so a stored hash is self-describing.
 */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  private readonly params: ScryptParams;

  constructor(@Optional() @Inject(SCRYPT_PARAMS) params?: ScryptParams) {
    this.params = params ?? DEFAULT_SCRYPT_PARAMS;
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await scryptAsync(password, salt, KEY_BYTES, this.params);
    const { N, r, p } = this.params;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  /** Constant-time check; false (never a throw) for a wrong password or an unreadable hash. */
  async verify(password: string, encoded: string): Promise<boolean> {
    const parsed = parseHash(encoded);
    if (!parsed) return false;
    const key = await scryptAsync(password, parsed.salt, parsed.key.length, parsed);
    return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  }

  /**
   * Spends the same work as a real check against nothing, so "unknown email" takes as long as
   * "wrong password" and response times do not reveal which accounts exist.
   */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('dummy password that matches no account');
    await this.verify(password, await this.dummyHash);
    return false;
  }

  /** True when a hash was made with weaker parameters than the current ones (rehash on next login). */
  needsRehash(encoded: string): boolean {
    const parsed = parseHash(encoded);
    return !parsed || parsed.N < this.params.N || parsed.r < this.params.r || parsed.p < this.params.p;
  }
}
