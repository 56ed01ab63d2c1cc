import { describe, expect, it, vi } from 'vitest';
import { GET as getOg } from '@/app/api/share/[id]/og/route';
import { DELETE, GET } from '@/app/api/share/[id]/route';
import { POST } from '@/app/api/share/route';
import { closeDb } from '@/lib/server/db';
import { createShareLink, deleteShareLink, getShareLink } from '@/lib/server/share-links';
import { TEST_PAYLOAD } from '@/lib/share/test-payload';
import { freshClient, getRequest, jsonRequest, params, useIsolatedServer } from './helpers';

const URL = 'http://localhost/api/share';
const DAY_MS = 86_400_000;

const PAYLOAD = TEST_PAYLOAD;

const get = (id: string) => GET(new Request(`${URL}/${id}`, { headers: { 'X-Forwarded-For': freshClient() } }), params({ id }));
const remove = (id: string, token?: string) =>
  DELETE(
    new Request(`${URL}/${id}`, { method: 'DELETE', headers: { 'X-Forwarded-For': freshClient(), ...(token ? { Authorization: `Bearer ${token}` } : {}) } }),
    params({ id }),
  );

function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [...bytes.subarray(0, 8)];
  const chunk = new TextDecoder().decode(bytes.subarray(12, 16));
  return { signature, chunk, width: view.getUint32(16), height: view.getUint32(20) };
}

describe('short share links', () => {
  const { dataDir } = useIsolatedServer();

  it('creates, reads and deletes a link through the routes', async () => {
    const created = await POST(jsonRequest(URL, { payload: PAYLOAD, ttlDays: 1 }));
    expect(created.status).toBe(201);
    const link = await created.json();
    expect(link.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(link.url).toBe(`/s/${link.id}`);
    expect(link.deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(DAY_MS - 60_000);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(DAY_MS);

    const read = await get(link.id);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ payload: PAYLOAD, expiresAt: link.expiresAt });

    const noToken = await remove(link.id);
    expect(noToken.status).toBe(403);
    // One character off (never the same character: a token can end in "A").
    const wrongToken = await remove(link.id, `${link.deleteToken.slice(0, -1)}${link.deleteToken.endsWith('A') ? 'B' : 'A'}`);
    expect(wrongToken.status).toBe(403);
    expect((await wrongToken.json()).error.code).toBe('forbidden');
    expect((await get(link.id)).status).toBe(200);

    expect((await remove(link.id, link.deleteToken)).status).toBe(204);
    const gone = await get(link.id);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe('not_found');
    expect((await remove(link.id, link.deleteToken)).status).toBe(404);
  });

  it('uses the default TTL, rejects other TTLs, invalid payloads, unknown keys and big bodies', async () => {
    const link = await (await POST(jsonRequest(URL, { payload: PAYLOAD }))).json();
    expect(Math.round((Date.parse(link.expiresAt) - Date.now()) / DAY_MS)).toBe(7);

    const badTtl = await POST(jsonRequest(URL, { payload: PAYLOAD, ttlDays: 365 }));
    expect(badTtl.status).toBe(400);
    expect((await badTtl.json()).error.message).toContain('ttlDays');

    const badPayload = await POST(jsonRequest(URL, { payload: { ...PAYLOAD, palette: ['red'], messages: ['hi'] } }));
    expect(badPayload.status).toBe(400);
    expect((await badPayload.json()).error.message).toContain('payload.palette');

    const stripped = await (await POST(jsonRequest(URL, { payload: { ...PAYLOAD, messages: ['CANARY raw message'] } }))).json();
    expect(JSON.stringify(getShareLink(stripped.id))).not.toContain('CANARY');

    const huge = await POST(jsonRequest(URL, { payload: PAYLOAD, padding: 'x'.repeat(33 * 1024) }));
    expect(huge.status).toBe(413);
  });

  it('answers 404 without touching the store for malformed ids', async () => {
    for (const id of ['short', "x' OR 1=1 --AAAAAAAAAA", 'A'.repeat(23)]) {
      expect((await get(id)).status).toBe(404);
      expect((await remove(id, 'token')).status).toBe(404);
    }
  });

  it('makes distinct unguessable ids and keeps links across a restart', () => {
    const links = Array.from({ length: 50 }, () => createShareLink(PAYLOAD, 7));
    expect(new Set(links.map((link) => link.id)).size).toBe(50);
    expect(links.every((link) => /^[A-Za-z0-9_-]{22}$/.test(link.id))).toBe(true);

    closeDb();
    expect(getShareLink(links[0]!.id)?.payload).toEqual(PAYLOAD);
    expect(deleteShareLink(links[1]!.id, links[0]!.deleteToken)).toBe(false);
    expect(deleteShareLink(links[1]!.id, links[1]!.deleteToken)).toBe(true);
    expect(getShareLink(links[1]!.id)).toBeNull();
    expect(dataDir()).toBeTruthy();
  });

  it('hides expired links and purges them', async () => {
    const link = createShareLink(PAYLOAD, 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + DAY_MS + 1_000);
      expect(getShareLink(link.id)).toBeNull();
      expect((await get(link.id)).status).toBe(404);
      vi.setSystemTime(Date.now() - DAY_MS - 1_000);
      // Purged on the expired read, so it stays gone even before its expiry.
      expect(getShareLink(link.id)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('rate-limits link creation per client', async () => {
    const client = freshClient();
    const statuses: number[] = [];
    for (let index = 0; index < 11; index++) statuses.push((await POST(jsonRequest(URL, { payload: PAYLOAD }, { client }))).status);
    expect(statuses.slice(0, 10).every((status) => status === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('renders the 1200×630 OG image as an embeddable PNG, and 404s for unknown links', async () => {
    const link = createShareLink(PAYLOAD, 7);
    const started = performance.now();
    const response = await getOg(new Request(`${URL}/${link.id}/og`), params({ id: link.id }));
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], chunk: 'IHDR', width: 1200, height: 630 });
    console.info(`OG image: ${bytes.byteLength} bytes in ${elapsed.toFixed(0)} ms (first render, fonts loaded)`);

    const missing = await getOg(new Request(`${URL}/${'A'.repeat(22)}/og`), params({ id: 'A'.repeat(22) }));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');

    // The rendered image is kept in memory, but a deleted link is never served from there.
    const again = await getOg(getRequest(`${URL}/${link.id}/og`), params({ id: link.id }));
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(bytes);
    expect(deleteShareLink(link.id, link.deleteToken)).toBe(true);
    expect((await getOg(getRequest(`${URL}/${link.id}/og`), params({ id: link.id }))).status).toBe(404);
  });
});
