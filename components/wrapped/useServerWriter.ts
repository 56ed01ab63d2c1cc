'use client';
/** Whether this deployment has a server-side language model (GET /api/generate), asked once per session. */
import { useQuery } from '@tanstack/react-query';

export interface ServerWriter {
  configured: boolean;
  model?: string;
}

async function fetchServerWriter(): Promise<ServerWriter> {
  const response = await fetch('/api/generate', { headers: { accept: 'application/json' } });
  if (!response.ok) return { configured: false };
  const body = (await response.json()) as Partial<ServerWriter>;
  return { configured: body.configured === true, model: typeof body.model === 'string' ? body.model : undefined };
}

export function useServerWriter(): ServerWriter | null {
  return useQuery({ queryKey: ['server-writer'], queryFn: fetchServerWriter }).data ?? null;
}
