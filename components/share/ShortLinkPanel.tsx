'use client';
/**
 * The optional short link: only on an explicit click, with the storage spelled out first. The
 * deletion token lives in this component's state only, so the user is told to keep it.
 */
import { useEffect, useId, useState } from 'react';
import type { SharePayload } from '@/lib/share/payload';
import { countOf } from '@/lib/view/language';
import { CopyField } from './CopyField';
import { createShortLink, deleteShortLink, SHORT_LINK_TTL_DAYS, type ShortLink, type ShortLinkTtl } from './shortLinkApi';

type PanelState =
  | { status: 'idle' }
  | { status: 'creating' }
  | { status: 'created'; link: ShortLink; deleting: boolean }
  | { status: 'deleted' }
  | { status: 'error'; message: string; link?: ShortLink };

const expiry = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ShortLinkPanel({ payload }: { payload: SharePayload }) {
  const [ttl, setTtl] = useState<ShortLinkTtl>(7);
  const [state, setState] = useState<PanelState>({ status: 'idle' });
  const headingId = useId();

  // A short link stores the payload as it was; after a change, offer a new one.
  useEffect(() => setState((current) => (current.status === 'error' && !current.link ? { status: 'idle' } : current)), [payload]);

  const create = async () => {
    setState({ status: 'creating' });
    try {
      setState({ status: 'created', link: await createShortLink(payload, ttl), deleting: false });
    } catch (error) {
      setState({ status: 'error', message: (error as Error).message });
    }
  };

  const remove = async (link: ShortLink) => {
    setState({ status: 'created', link, deleting: true });
    try {
      await deleteShortLink(link);
      setState({ status: 'deleted' });
    } catch (error) {
      setState({ status: 'error', message: (error as Error).message, link });
    }
  };

  const link = state.status === 'created' ? state.link : state.status === 'error' ? state.link : undefined;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-2xl bg-white/5 p-4 ring-1 ring-white/10" data-testid="share-short-link">
      <h3 id={headingId} className="text-sm font-semibold text-zinc-100">
        Short link (optional)
      </h3>
      {link ? (
        <div className="space-y-3">
          <CopyField label="Short link" value={link.url} action="Copy" testId="share-short-url" />
          <p className="text-xs text-zinc-400">Expires {expiry(link.expiresAt)}.</p>
          <CopyField label="Deletion token" value={link.deleteToken} action="Copy token" />
          <p className="text-xs text-amber-200">
            Keep this page open or copy the deletion token: it is shown only here, and without it the link stays until it expires.
          </p>
          <button
            type="button"
            disabled={state.status === 'created' && state.deleting}
            onClick={() => remove(link)}
            className="rounded-full px-4 py-2 text-sm font-semibold text-rose-200 ring-1 ring-rose-300/40 hover:bg-rose-500/10 disabled:opacity-50"
            data-testid="share-short-delete"
          >
            {state.status === 'created' && state.deleting ? 'Deleting…' : 'Delete link'}
          </button>
        </div>
      ) : (
        <>
          <p className="text-sm text-zinc-300">Create a short link — this stores the summary ticked above on the server until it expires. The link above stores nothing anywhere.</p>
          <fieldset className="flex flex-wrap items-center gap-3 text-sm">
            <legend className="sr-only">Keep the short link for</legend>
            {SHORT_LINK_TTL_DAYS.map((days) => (
              <label key={days} className="flex items-center gap-1.5">
                <input type="radio" name="short-link-ttl" value={days} checked={ttl === days} onChange={() => setTtl(days)} className="accent-fuchsia-500" />
                {countOf(days, 'day')}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            onClick={create}
            disabled={state.status === 'creating'}
            className="rounded-full bg-white/10 px-4 py-2 text-sm font-semibold text-white ring-1 ring-white/20 hover:bg-white/20 disabled:opacity-50"
            data-testid="share-short-create"
          >
            {state.status === 'creating' ? 'Creating…' : `Create a short link for ${countOf(ttl, 'day')}`}
          </button>
        </>
      )}
      {state.status === 'deleted' ? (
        <p role="status" className="text-sm text-emerald-300">
          The short link was deleted from the server.
        </p>
      ) : null}
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-rose-300" data-testid="share-short-error">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
