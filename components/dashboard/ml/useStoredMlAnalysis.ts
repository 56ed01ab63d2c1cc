'use client';
/** The stored ML analysis of an import, read only: unlike useMlAnalysis it never starts one. */
import { useQuery } from '@tanstack/react-query';
import { viewerTimeZone } from '@/components/import/ImporterProvider';
import { mlQueryKeys, readMlAnalysis } from '@/components/ml/mlQueries';

export function useStoredMlAnalysis(importId: string | null | undefined) {
  const timeZone = viewerTimeZone();
  return useQuery({
    queryKey: mlQueryKeys.analysis(importId ?? '', timeZone),
    queryFn: () => readMlAnalysis(importId!, timeZone),
    enabled: Boolean(importId),
  });
}
