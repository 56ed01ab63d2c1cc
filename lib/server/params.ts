/**
 * Route parameters and query strings, validated with zod like bodies. A malformed id cannot name
 * a record, so it answers the same 404 as an unknown one (no hint which ids are well-formed,
 * and the store is never asked).
 */
import { z } from 'zod';
import { validate } from './body';
import { notFound } from './http';

/** Share links: base64url of 16 random bytes. */
export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** Cover jobs: the sha256 of what made the cover, in hex. */
export const COVER_JOB_ID_PATTERN = /^[0-9a-f]{64}$/;
/** Training jobs, pipelines: lower-case UUIDs. */
export const RECORD_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Registry models: the pipeline model name rule (lib/server/mlops/schema). */
export const MODEL_NAME_PATTERN = /^[\w.-]{1,64}$/;

export const idParams = (pattern: RegExp) => z.object({ id: z.string().regex(pattern) });

export const modelVersionParams = z.object({
  name: z.string().regex(MODEL_NAME_PATTERN),
  version: z
    .string()
    .regex(/^[1-9]\d{0,8}$/)
    .transform(Number),
});

/** The route's `[param]` segments, or 404 `not_found` with `message` when they cannot name a record. */
export async function routeParams<S extends z.ZodType>(params: Promise<unknown>, schema: S, message: string): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) throw notFound(message);
  return parsed.data;
}

/** The query string as an object, validated (400 `invalid_input` naming the parameter). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  return validate(schema, Object.fromEntries(new URL(request.url).searchParams));
}
