import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './http';
import { clientKey, enforceRateLimit } from './rate-limit';

const request = (headers: Record<string, string>) => new Request('http://localhost/api/x', { headers });

describe('rate limit', () => {
  it('keys clients by the first X-Forwarded-For hop, then X-Real-IP, then one shared bucket', () => {
    expect(clientKey(request({ 'x-forwarded-for': ' 198.51.100.7 , 10.0.0.1' }))).toBe('198.51.100.7');
    expect(clientKey(request({ 'x-real-ip': '198.51.100.8' }))).toBe('198.51.100.8');
    expect(clientKey(request({}))).toBe('unknown-client');
  });

  it('allows a burst of `capacity`, then refills at `perMinute`, with Retry-After in seconds', () => {
    const client = request({ 'x-forwarded-for': '198.51.100.20' });
    const limits = { capacity: 3, perMinute: 6 };
    const start = 1_000_000;
    for (let index = 0; index < 3; index++) enforceRateLimit(client, 'test-burst', limits, start);
    let caught: unknown;
    try {
      enforceRateLimit(client, 'test-burst', limits, start);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).status).toBe(429);
    expect((caught as ApiError).headers['Retry-After']).toBe('10');
    // One token every 10 s: a request 10 s later passes, the next one right after does not.
    expect(() => enforceRateLimit(client, 'test-burst', limits, start + 10_000)).not.toThrow();
    expect(() => enforceRateLimit(client, 'test-burst', limits, start + 10_001)).toThrow(ApiError);
    // Routes have separate buckets.
    expect(() => enforceRateLimit(client, 'test-other', limits, start)).not.toThrow();
  });

  it('scales every limit by RATE_LIMIT_SCALE (for load tests from one address)', () => {
    vi.stubEnv('RATE_LIMIT_SCALE', '10');
    try {
      const client = request({ 'x-forwarded-for': '198.51.100.30' });
      const limits = { capacity: 3, perMinute: 6 };
      for (let index = 0; index < 30; index++) enforceRateLimit(client, 'test-scaled', limits, 2_000_000);
      expect(() => enforceRateLimit(client, 'test-scaled', limits, 2_000_000)).toThrow(ApiError);
      // Sixty a minute: one token a second.
      expect(() => enforceRateLimit(client, 'test-scaled', limits, 2_001_000)).not.toThrow();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
