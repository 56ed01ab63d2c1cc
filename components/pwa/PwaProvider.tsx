'use client';
/**
 * The installable, offline app: registers the service worker (workers/sw/sw.ts; production
 * builds only, and not for visitors who land on a share link), keeps the models offline, and
 * shows the tray (update toast, offline progress, install offer).
 */
import { SerwistProvider } from '@serwist/turbopack/react';
import { usePathname } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { isSharePage } from '@/lib/pwa/platform';
import { OfflineModelsProvider } from './OfflineModelsContext';
import { PwaTray } from './PwaTray';
import { SERVICE_WORKER_URL } from './serviceWorker';

export function PwaProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // Decided once per page load.
  const [enabled] = useState(() => process.env.NODE_ENV === 'production' && !isSharePage(pathname));
  return (
    <SerwistProvider swUrl={SERVICE_WORKER_URL} disable={!enabled} cacheOnNavigation={false} reloadOnOnline={false} options={{ scope: '/', type: 'classic' }}>
      <OfflineModelsProvider enabled={enabled}>
        {children}
        {enabled && <PwaTray />}
      </OfflineModelsProvider>
    </SerwistProvider>
  );
}
