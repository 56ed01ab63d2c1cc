/**
 * Optional short links for a shared Wrapped: the reviewed payload stored under an unguessable
 * id (128 random bits) with an expiry and a deletion token (256 random bits) that only its
 * creator holds — the database keeps the token's sha256, compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sharePayloadSchema, type SharePayload } from '../share/payload';
import { getDb } from './db';
import { SHARE_ID_PATTERN } from './params';

const DAY_MS = 86_400_000;
/** Longest payload stored, as JSON; a valid payload is far smaller. */
export const MAX_SHARE_PAYLOAD_BYTES = 32 * 1024;

export interface CreatedShareLink {
  id: string;
  deleteToken: string;
  expiresAt: string;
}

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

function purgeExpired(now: number) {
  getDb().prepare('DELETE FROM share_links WHERE expires_at <= ?').run(now);
}

export function createShareLink(payload: SharePayload, ttlDays: number): CreatedShareLink {
  if (!Number.isFinite(ttlDays) || ttlDays <= 0 || ttlDays > 365) throw new RangeError(`ttlDays must be 1–365, got ${ttlDays}.`);
  const json = JSON.stringify(sharePayloadSchema.parse(payload));
  if (Buffer.byteLength(json) > MAX_SHARE_PAYLOAD_BYTES) throw new RangeError('The share payload is larger than 32 KB.');
  const now = Date.now();
  const id = randomBytes(16).toString('base64url');
  const deleteToken = randomBytes(32).toString('base64url');
  const expiresAt = now + ttlDays * DAY_MS;
  purgeExpired(now);
  getDb()
    .prepare('INSERT INTO share_links (id, payload, delete_token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
    .run(id, json, hashToken(deleteToken).toString('hex'), now, expiresAt);
  return { id, deleteToken, expiresAt: new Date(expiresAt).toISOString() };
}

/** Null when the id is malformed, unknown or expired (an expired row is deleted on the way). */
export function getShareLink(id: string): { payload: SharePayload; expiresAt: string } | null {
  if (!SHARE_ID_PATTERN.test(id)) return null;
  const row = getDb().prepare('SELECT payload, expires_at FROM share_links WHERE id = ?').get(id) as
    | { payload: string; expires_at: number }
    | undefined;
  if (!row) return null;
  if (row.expires_at <= Date.now()) {
    getDb().prepare('DELETE FROM share_links WHERE id = ?').run(id);
    return null;
  }
  const parsed = sharePayloadSchema.safeParse(JSON.parse(row.payload));
  if (!parsed.success) return null;
  return { payload: parsed.data, expiresAt: new Date(row.expires_at).toISOString() };
}

/** True when the link existed and the token was its deletion token; then it is gone. */
export function deleteShareLink(id: string, deleteToken: string): boolean {
  if (!SHARE_ID_PATTERN.test(id)) return false;
  const row = getDb().prepare('SELECT delete_token_hash FROM share_links WHERE id = ?').get(id) as
    | { delete_token_hash: string }
    | undefined;
  if (!row) return false;
  if (!timingSafeEqual(Buffer.from(row.delete_token_hash, 'hex'), hashToken(deleteToken))) return false;
  getDb().prepare('DELETE FROM share_links WHERE id = ?').run(id);
  return true;
}
