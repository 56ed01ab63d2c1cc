/**
 * A per-client token bucket, in memory (one process serves this app; a restart forgets
 * buckets, which only ever lets a client in sooner). The client is the first
 * `X-Forwarded-For` hop — set by the deployer's reverse proxy — else `X-Real-IP`, else one
 * shared bucket for everyone whose address is unknown.
 */
import { serverEnv } from './config';
import { ApiError } from './http';

export interface RateLimit {
  /** Requests a client may burst. */
  capacity: number;
  /** Tokens regained per minute. */
  perMinute: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  /** When it is full again if unused; after that, forgetting it changes nothing. */
  fullAt: number;
}

const MAX_TRACKED_CLIENTS = 10_000;
const store = globalThis as typeof globalThis & { __aiwRateBuckets?: Map<string, Bucket> };
const buckets = (store.__aiwRateBuckets ??= new Map());

export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const address = forwarded || request.headers.get('x-real-ip')?.trim();
  return address ? address.slice(0, 64) : 'unknown-client';
}

/** Forgets clients whose buckets have refilled, so the map stays bounded. */
function prune(now: number) {
  for (const [key, bucket] of buckets) if (bucket.fullAt <= now) buckets.delete(key);
}

/**
 * Takes one token for this client and route, or throws 429 with the seconds until the next.
 * RATE_LIMIT_SCALE multiplies the route's limits (e.g. for a load test from one address).
 */
export function enforceRateLimit(request: Request, route: string, routeLimits: RateLimit, now = Date.now()): void {
  const scale = serverEnv().RATE_LIMIT_SCALE;
  const limits = { capacity: Math.max(1, routeLimits.capacity * scale), perMinute: routeLimits.perMinute * scale };
  const key = `${route}\u0000${clientKey(request)}`;
  const refillPerMs = limits.perMinute / 60_000;
  const bucket = buckets.get(key) ?? { tokens: limits.capacity, updatedAt: now, fullAt: now };
  bucket.tokens = Math.min(limits.capacity, bucket.tokens + (now - bucket.updatedAt) * refillPerMs);
  bucket.updatedAt = now;
  if (bucket.tokens < 1) {
    const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
    throw new ApiError(429, 'rate_limited', `Too many requests; try again in ${retryAfter} s.`, {
      'Retry-After': String(retryAfter),
    });
  }
  bucket.tokens -= 1;
  bucket.fullAt = now + (limits.capacity - bucket.tokens) / refillPerMs;
  if (!buckets.has(key) && buckets.size >= MAX_TRACKED_CLIENTS) prune(now);
  buckets.set(key, bucket);
}
