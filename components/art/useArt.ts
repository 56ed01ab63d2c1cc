'use client';
/** The UI's only door to the art worker (see ArtProvider). */
import { useContext } from 'react';
import { ArtContext, type Art } from './ArtProvider';

export type { Art } from './ArtProvider';

export function useArt(): Art {
  const art = useContext(ArtContext);
  if (!art) throw new Error('useArt must be used inside <ArtProvider>.');
  return art;
}
