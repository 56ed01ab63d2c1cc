'use client';
/**
 * The browser's install offer: `beforeinstallprompt` is kept and replayed from our own "Install
 * app" button; iOS has no such event, so it gets a hint instead. Nothing shows once the app runs
 * installed, or after the user dismisses it (remembered on this device).
 */
import { useCallback, useEffect, useState } from 'react';
import { isIos } from '@/lib/pwa/platform';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const DISMISSED_KEY = 'ai-wrapped:install-dismissed';

export type InstallOffer =
  | { kind: 'none' }
  | { kind: 'prompt'; install: () => Promise<void>; dismiss: () => void }
  | { kind: 'ios'; dismiss: () => void };

function runningInstalled(): boolean {
  return matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

export function useInstallPrompt(): InstallOffer {
  const [prompt, setPrompt] = useState<BeforeInstallPromptEvent | null>(null);
  const [ios, setIos] = useState(false);
  const [hidden, setHidden] = useState(true);

  useEffect(() => {
    if (runningInstalled()) return;
    setHidden(localStorage.getItem(DISMISSED_KEY) === '1');
    setIos(isIos({ userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints }));
    const onPrompt = (event: Event) => {
      event.preventDefault();
      setPrompt(event as BeforeInstallPromptEvent);
    };
    const onInstalled = () => {
      setPrompt(null);
      setIos(false);
    };
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', onInstalled);
    return () => {
      window.removeEventListener('beforeinstallprompt', onPrompt);
      window.removeEventListener('appinstalled', onInstalled);
    };
  }, []);

  const dismiss = useCallback(() => {
    localStorage.setItem(DISMISSED_KEY, '1');
    setHidden(true);
  }, []);

  const install = useCallback(async () => {
    if (!prompt) return;
    await prompt.prompt();
    await prompt.userChoice;
    // A prompt can be shown once; the browser fires a new event if it may offer again.
    setPrompt(null);
  }, [prompt]);

  if (hidden) return { kind: 'none' };
  if (prompt) return { kind: 'prompt', install, dismiss };
  if (ios) return { kind: 'ios', dismiss };
  return { kind: 'none' };
}
