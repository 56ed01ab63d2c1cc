/**
 * A share payload in a URL fragment: JSON → raw DEFLATE (level 9) → base64url. Browsers never
 * send the fragment to a server, so a `/share#d=…` link shares a Wrapped with no server storing
 * anything. Decoding treats the fragment as hostile: size caps before and during inflation
 * (a deflate bomb stops at the cap), the schema after, and an error that says what went wrong.
 */
import { deflateSync, Inflate, strToU8, strFromU8 } from 'fflate';
import { SHARE_PAYLOAD_VERSION, sharePayloadSchema, type SharePayload } from './payload';

/** Far above any real summary (≈1–2 KB compressed), far below anything that could hurt. */
export const MAX_COMPRESSED_BYTES = 16 * 1024;
export const MAX_INFLATED_BYTES = 64 * 1024;
/** The fragment parameter: `/share#d=<fragment>`. */
export const FRAGMENT_PARAM = 'd';

export type FragmentError = 'missing' | 'damaged' | 'incomplete' | 'too-large' | 'newer' | 'invalid';

export type DecodedFragment =
  | { ok: true; payload: SharePayload }
  | { ok: false; reason: FragmentError; error: string };

const MESSAGES: Record<FragmentError, string> = {
  missing: 'This link has no shared Wrapped in it. Ask whoever sent it for the whole link, including everything after the “#”.',
  damaged: 'This share link is damaged — some of its characters were changed, so the summary in it cannot be read. Ask for the link again.',
  incomplete: 'This share link is incomplete — it may have been cut off when it was copied. Ask for the whole link again.',
  'too-large': 'This share link holds far more data than a Wrapped summary ever does, so it was not opened.',
  newer: 'This share link was made by a newer version of AI Wrapped. Reload the page to get the latest version, then open the link again.',
  invalid: 'This share link opened, but the summary in it is not one AI Wrapped can show',
};

const fail = (reason: FragmentError, detail?: string): DecodedFragment => ({
  ok: false,
  reason,
  error: detail ? `${MESSAGES[reason]} (${detail}).` : MESSAGES[reason],
});

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

class TooLarge extends Error {}

/** Inflates in small steps and stops as soon as the output passes `limit`. */
function inflateCapped(compressed: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk);
  });
  const step = 512;
  for (let offset = 0; offset < compressed.length; offset += step) {
    const end = Math.min(offset + step, compressed.length);
    inflate.push(compressed.subarray(offset, end), end === compressed.length);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function encodeShareFragment(payload: SharePayload): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(payload)), { level: 9 }));
}

export function decodeShareFragment(fragment: string): DecodedFragment {
  const text = fragment.trim();
  if (!text) return fail('missing');
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return fail('damaged', 'it contains characters a share link never has');
  // 4 base64 characters carry 3 bytes; a remainder of 1 character cannot come from any byte string.
  if (text.length % 4 === 1) return fail('incomplete');
  if (Math.floor((text.length * 3) / 4) > MAX_COMPRESSED_BYTES) return fail('too-large');

  let json: string;
  try {
    json = strFromU8(inflateCapped(fromBase64Url(text), MAX_INFLATED_BYTES));
  } catch (error) {
    if (error instanceof TooLarge) return fail('too-large');
    // fflate reports a stream that stops early as "unexpected EOF".
    return /EOF/i.test(String((error as Error)?.message)) ? fail('incomplete') : fail('damaged');
  }

  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('damaged');
  }
  const version = (value as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > SHARE_PAYLOAD_VERSION) return fail('newer');
  const parsed = sharePayloadSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid', issue ? `${issue.path.join('.') || 'summary'}: ${issue.message}` : undefined);
  }
  return { ok: true, payload: parsed.data };
}

/** The fragment from a location hash such as "#d=…"; "" when there is none. */
export function fragmentFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get(FRAGMENT_PARAM) ?? '';
}

/** The absolute link that opens this payload: `<origin>/share#d=<fragment>`. */
export function shareFragmentUrl(origin: string, payload: SharePayload): string {
  return `${origin}/share#${FRAGMENT_PARAM}=${encodeShareFragment(payload)}`;
}
