'use client';
import { createContext, useContext, type ReactNode } from 'react';
import { useOfflineModels, type OfflineModels } from './useOfflineModels';

const OfflineModelsContext = createContext<OfflineModels | null>(null);

/** One poller per tab; every component that shows the offline state reads it from here. */
export function OfflineModelsProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const offline = useOfflineModels(enabled);
  return <OfflineModelsContext.Provider value={offline}>{children}</OfflineModelsContext.Provider>;
}

/** null outside the provider, or where no service worker runs (development, share pages). */
export function useOfflineModelsState(): OfflineModels | null {
  return useContext(OfflineModelsContext);
}
