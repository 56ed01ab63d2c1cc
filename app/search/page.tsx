import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/SearchPage';
import { LoadingScreen } from '@/components/ui/LoadingScreen';

export const metadata: Metadata = { title: 'Search · AI Wrapped' };

export default function Search() {
  return (
    <Suspense fallback={<LoadingScreen />}>
      <SearchPage />
    </Suspense>
  );
}
