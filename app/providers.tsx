'use client';

import '@/lib/security/zod-without-eval';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ImporterProvider } from '@/components/import/ImporterProvider';
import { MlProvider } from '@/components/ml/MlProvider';
import { ArtProvider } from '@/components/art/ArtProvider';
import { GenProvider } from '@/components/gen/GenProvider';
import { MediaProvider } from '@/components/media/MediaProvider';

export function Providers({ children }: { children: ReactNode }) {
  // Results live in IndexedDB already; react-query only dedupes reads and refetches after writes.
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <ImporterProvider>
        <MlProvider>
          <GenProvider>
            <ArtProvider>
              <MediaProvider>{children}</MediaProvider>
            </ArtProvider>
          </GenProvider>
        </MlProvider>
      </ImporterProvider>
    </QueryClientProvider>
  );
}
