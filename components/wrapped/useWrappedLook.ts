'use client';
/** The stored creative choices (style, seed, engine, cover), shared by the story, the dashboard and the art studio. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { db } from '@/lib/store/db';
import { WRAPPED_LOOK_KEY } from '@/lib/store/settings';
import { DEFAULT_WRAPPED_LOOK, nextSeed, parseWrappedLook, type WrappedLook } from '@/lib/view/wrapped-look';

export const wrappedLookKey = ['wrapped-look'] as const;

async function readWrappedLook(): Promise<WrappedLook> {
  return parseWrappedLook((await db().settings.get(WRAPPED_LOOK_KEY))?.value);
}

export interface WrappedLookApi {
  look: WrappedLook;
  /** False until the stored choices are read (the look is the default until then). */
  loaded: boolean;
  update: (change: Partial<WrappedLook>) => void;
  /** New words from the same facts: the seed moves on. */
  regenerate: () => void;
}

export function useWrappedLook(): WrappedLookApi {
  const queryClient = useQueryClient();
  const { data, isSuccess: loaded } = useQuery({ queryKey: wrappedLookKey, queryFn: readWrappedLook });
  const look = data ?? DEFAULT_WRAPPED_LOOK;
  const save = useMutation({
    mutationFn: (next: WrappedLook) => db().settings.put({ key: WRAPPED_LOOK_KEY, value: next }),
    // The choice shows at once; the write follows.
    onMutate: (next) => queryClient.setQueryData(wrappedLookKey, next),
  });
  const { mutate } = save;
  const update = useCallback(
    (change: Partial<WrappedLook>) => mutate({ ...(queryClient.getQueryData<WrappedLook>(wrappedLookKey) ?? DEFAULT_WRAPPED_LOOK), ...change }),
    [mutate, queryClient],
  );
  const regenerate = useCallback(() => {
    const current = queryClient.getQueryData<WrappedLook>(wrappedLookKey) ?? DEFAULT_WRAPPED_LOOK;
    mutate({ ...current, textSeed: nextSeed(current.textSeed) });
  }, [mutate, queryClient]);
  return useMemo(() => ({ look, loaded, update, regenerate }), [look, loaded, update, regenerate]);
}
