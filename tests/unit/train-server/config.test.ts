import { describe, expect, it } from 'vitest';
import { ConfigError, serverEnv, trainConfig } from '@/lib/server/config';

const configFrom = (env: Record<string, string>) => trainConfig(serverEnv(env));

describe('trainConfig', () => {
  it('is null without a token, embedded by default, and bullmq only with REDIS_URL', () => {
    expect(configFrom({ TRAIN_API_TOKEN: ' ' })).toBeNull();
    expect(configFrom({ TRAIN_API_TOKEN: 'a-long-enough-token' })).toEqual({ token: 'a-long-enough-token', queue: 'embedded', redisUrl: undefined, concurrency: 1, jobTimeoutMs: 600_000 });
    expect(() => configFrom({ TRAIN_API_TOKEN: 'a-long-enough-token', QUEUE: 'bullmq' })).toThrow('QUEUE=bullmq needs REDIS_URL');
    expect(configFrom({ TRAIN_API_TOKEN: 'a-long-enough-token', QUEUE: 'bullmq', REDIS_URL: 'redis://:pw@10.0.0.2:6380/1', TRAIN_CONCURRENCY: '2' })).toMatchObject({
      queue: 'bullmq',
      redisUrl: 'redis://:pw@10.0.0.2:6380/1',
      concurrency: 2,
    });
  });

  it('names the variable, never its value, when one is wrong', () => {
    expect(() => configFrom({ TRAIN_API_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => configFrom({ TRAIN_API_TOKEN: 'short' })).toThrow(/check TRAIN_API_TOKEN/);
    expect(() => configFrom({ TRAIN_API_TOKEN: 'a-long-enough-token', QUEUE: 'kafka' })).toThrow(/check QUEUE/);
    expect(() => configFrom({ TRAIN_API_TOKEN: 'a-long-enough-token', REDIS_URL: 'http://x' })).toThrow(/check REDIS_URL/);
  });
});
