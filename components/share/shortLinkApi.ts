/**
 * The browser side of the optional short links (POST /api/share, DELETE /api/share/:id): every
 * failure becomes one sentence the sheet can show as it is.
 */
import type { SharePayload } from '@/lib/share/payload';

export const SHORT_LINK_TTL_DAYS = [1, 7, 30] as const;
export type ShortLinkTtl = (typeof SHORT_LINK_TTL_DAYS)[number];

export interface ShortLink {
  id: string;
  /** Absolute. */
  url: string;
  deleteToken: string;
  expiresAt: string;
}

async function failure(response: Response, action: string): Promise<Error> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  const said = body?.error?.message;
  if (response.status === 501) return new Error(said ?? 'Short links are not set up on this server. The fragment link above works without them.');
  if (response.status === 429) return new Error(said ?? 'Too many requests just now. Wait a minute and try again.');
  return new Error(said ? `${action} failed: ${said}` : `${action} failed (the server answered ${response.status}).`);
}

export async function createShortLink(payload: SharePayload, ttlDays: ShortLinkTtl, signal?: AbortSignal): Promise<ShortLink> {
  let response: Response;
  try {
    response = await fetch('/api/share', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ payload, ttlDays }), signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new Error('The server could not be reached. Check your connection and try again.');
  }
  if (!response.ok) throw await failure(response, 'Creating the short link');
  const created = (await response.json()) as Omit<ShortLink, 'url'> & { url: string };
  return { ...created, url: new URL(created.url, window.location.origin).href };
}

export async function deleteShortLink(link: Pick<ShortLink, 'id' | 'deleteToken'>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/share/${encodeURIComponent(link.id)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${link.deleteToken}` } });
  } catch {
    throw new Error('The server could not be reached, so the link was not deleted. Try again.');
  }
  if (!response.ok && response.status !== 404) throw await failure(response, 'Deleting the short link');
}
