'use client';
import type { InstallOffer as Offer } from './useInstallPrompt';

const dismissClass = 'rounded-lg px-2 py-1 text-sm text-zinc-400 hover:bg-white/10 hover:text-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-400';

export function InstallOffer({ offer }: { offer: Exclude<Offer, { kind: 'none' }> }) {
  return (
    <div data-testid="install-offer" className="flex items-center gap-3">
      {offer.kind === 'prompt' ? (
        <>
          <p className="text-sm">Use it like an app, offline too.</p>
          <button
            type="button"
            onClick={() => void offer.install()}
            className="rounded-lg border border-white/20 px-3 py-1 text-sm font-semibold hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-violet-400"
          >
            Install app
          </button>
        </>
      ) : (
        <p className="text-sm">
          To install: tap <span className="font-semibold">Share</span>, then <span className="font-semibold">Add to Home Screen</span>.
        </p>
      )}
      <button type="button" onClick={offer.dismiss} className={dismissClass} aria-label="Don’t offer to install again">
        ✕
      </button>
    </div>
  );
}
