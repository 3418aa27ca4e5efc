import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are stored only as scrypt hashes (memory-hard, Node's maintained implementation).
 * The parameters travel with each hash, so they can be raised later and old hashes still verify.
 * Format: scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>
 */
export interface PasswordHashCost {
  log2N: number;
  r: number;
  p: number;
}

/**
 * OWASP's current minimum for scrypt (N=2^17, r=8, p=1): 128 MiB and ~0.3 s a hash on a staff
 * laptop, costly for an attacker with a stolen file. Hashes made with less are upgraded at the
 * next successful sign-in (see `needsRehash`).
 */
export const PRODUCTION_COST: PasswordHashCost = { log2N: 17, r: 8, p: 1 };
/** Tests only: the same code path, cheap enough to sign in hundreds of times. */
export const TEST_COST: PasswordHashCost = { log2N: 10, r: 8, p: 1 };

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: PasswordHashCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  // scrypt needs 128·N·r bytes (128 MiB at N=2^17, r=8); Node refuses anything above 32 MiB unless
  // told, so allow twice that plus slack.
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: PasswordHashCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.log2N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, expected] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !expected) return false;
  const key = await derive(password, Buffer.from(salt, 'base64'), { log2N: Number(log2N), r: Number(r), p: Number(p) });
  const expectedKey = Buffer.from(expected, 'base64');
  return key.length === expectedKey.length && timingSafeEqual(key, expectedKey);
}

/** True when a stored hash was made with less work than `cost` asks for in any parameter. */
export function needsRehash(stored: string, cost: PasswordHashCost): boolean {
  const [scheme, log2N, r, p] = stored.split('$');
  if (scheme !== 'scrypt') return false; // not ours to judge: it cannot have verified either
  return Number(log2N) < cost.log2N || Number(r) < cost.r || Number(p) < cost.p;
}

/**
 * Verified against when the user name does not exist, so an unknown name takes as long as a
 * wrong password and timing reveals nothing.
 */
export async function makeDecoyHash(cost: PasswordHashCost): Promise<string> {
  return hashPassword(randomBytes(12).toString('hex'), cost);
}
