'use client';
/**
 * The time left in a step, as lib/view/eta.ts tells it: fed with every progress report and a
 * tick each second (so a stall is noticed). The estimator lives per channel ('import', 'ml:…')
 * outside React, so every view of the same work (several slides, the dashboard) shows the same
 * estimate, and one that mounts mid-step picks it up instead of starting over.
 */
import { useEffect, useState } from 'react';
import { sameEta, updateEta, type EtaEstimate, type EtaState } from '@/lib/view/eta';

const UNKNOWN: EtaEstimate = { kind: 'unknown' };
const TICK_MS = 1000;
const channels = new Map<string, { step: string; state: EtaState }>();

function feed(channel: string, step: string, fraction: number): EtaEstimate {
  const known = channels.get(channel);
  const state = updateEta(known?.step === step ? known.state : null, fraction, performance.now());
  channels.set(channel, { step, state });
  return state.estimate;
}

/**
 * `step` names the unit of work (a phase); a new step starts a new estimate. `fraction` is 0–1,
 * or null when the step has no measurable progress (no estimate then).
 */
export function useEta(channel: string, step: string | null, fraction: number | null): EtaEstimate {
  const [estimate, setEstimate] = useState<EtaEstimate>(UNKNOWN);
  useEffect(() => {
    if (step === null || fraction === null || !Number.isFinite(fraction)) {
      channels.delete(channel);
      setEstimate(UNKNOWN);
      return;
    }
    const update = () => {
      const next = feed(channel, step, fraction);
      setEstimate((previous) => (sameEta(previous, next) ? previous : next));
    };
    update();
    const timer = setInterval(update, TICK_MS);
    return () => clearInterval(timer);
  }, [channel, step, fraction]);
  return estimate;
}
