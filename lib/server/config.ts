/**
 * Server configuration, read from the environment on each call (a zod parse is microseconds),
 * so a deployer's change takes effect on restart and tests can set env per case. Empty values
 * count as unset: `.env` templates often leave `LLM_API_KEY=` blank.
 */
import { z } from 'zod';

export const DIFFUSION_BACKENDS = ['automatic1111', 'comfyui', 'openai-images'] as const;
export type DiffusionBackendName = (typeof DIFFUSION_BACKENDS)[number];

export const TRAIN_QUEUES = ['embedded', 'bullmq'] as const;
export type TrainQueueKind = (typeof TRAIN_QUEUES)[number];

export const SHARE_TTL_DAYS = [1, 7, 30] as const;
export type ShareTtlDays = (typeof SHARE_TTL_DAYS)[number];

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());
const httpUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));
const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().min(min).max(max).default(fallback));

const envSchema = z.object({
  LLM_BASE_URL: optional(httpUrl),
  LLM_MODEL: optional(z.string().max(200)),
  LLM_API_KEY: optional(z.string()),
  LLM_TIMEOUT_MS: integer(1_000, 300_000, 30_000),
  DIFFUSION_BACKEND: optional(z.enum(DIFFUSION_BACKENDS)),
  DIFFUSION_URL: optional(httpUrl),
  DIFFUSION_API_KEY: optional(z.string()),
  /** openai-images: the model name; comfyui: the checkpoint file name. */
  DIFFUSION_MODEL: optional(z.string().max(200)),
  DIFFUSION_TIMEOUT_MS: integer(1_000, 900_000, 120_000),
  DIFFUSION_MAX_CONCURRENT: integer(1, 2, 1),
  /** How often a running job asks the engine for progress or completion. */
  DIFFUSION_POLL_MS: integer(20, 10_000, 1_000),
  AIW_DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./.data')),
  SHARE_DEFAULT_TTL_DAYS: z.preprocess(
    blankAsUnset,
    z.coerce.number().pipe(z.union(SHARE_TTL_DAYS.map((days) => z.literal(days)))).default(7),
  ),
  /** Multiplies every route's per-client rate limit (burst and refill): 10 = ten times as many. */
  RATE_LIMIT_SCALE: z.preprocess(blankAsUnset, z.coerce.number().min(0.01).max(1_000_000).default(1)),
  /** Bearer token for /api/train and /api/mlops; those routes answer 501 until it is set. */
  TRAIN_API_TOKEN: optional(z.string().min(12, 'use at least 12 characters')),
  QUEUE: z.preprocess(blankAsUnset, z.enum(TRAIN_QUEUES).default('embedded')),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  /** Training jobs one server process runs at once (each in its own worker thread). */
  TRAIN_CONCURRENCY: integer(1, 16, 1),
  /** A job still running after this long is stopped and marked failed. */
  TRAIN_JOB_TIMEOUT_MS: integer(5_000, 3_600_000, 600_000),
});

export type ServerEnv = z.infer<typeof envSchema>;

export interface LlmConfig {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

export interface DiffusionConfig {
  backend: DiffusionBackendName;
  url: string;
  apiKey?: string;
  model?: string;
  timeoutMs: number;
  maxConcurrent: number;
  pollMs: number;
}

/** A variable is set but wrong: a deployer's mistake, reported by name (never by value). */
export class ConfigError extends Error {}

export function serverEnv(env: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))].sort();
  throw new ConfigError(`Invalid server configuration: check ${names.join(', ')} (see .env.example).`);
}

export interface TrainConfig {
  token: string;
  queue: TrainQueueKind;
  redisUrl?: string;
  concurrency: number;
  jobTimeoutMs: number;
}

/** Null until TRAIN_API_TOKEN is set; QUEUE=bullmq without REDIS_URL is a configuration error. */
export function trainConfig(env = serverEnv()): TrainConfig | null {
  if (!env.TRAIN_API_TOKEN) return null;
  if (env.QUEUE === 'bullmq' && !env.REDIS_URL) throw new ConfigError('Invalid server configuration: QUEUE=bullmq needs REDIS_URL (see .env.example).');
  return { token: env.TRAIN_API_TOKEN, queue: env.QUEUE, redisUrl: env.REDIS_URL, concurrency: env.TRAIN_CONCURRENCY, jobTimeoutMs: env.TRAIN_JOB_TIMEOUT_MS };
}

/** Null until both the endpoint and the model are set. */
export function llmConfig(env = serverEnv()): LlmConfig | null {
  if (!env.LLM_BASE_URL || !env.LLM_MODEL) return null;
  return { baseUrl: env.LLM_BASE_URL, model: env.LLM_MODEL, apiKey: env.LLM_API_KEY, timeoutMs: env.LLM_TIMEOUT_MS };
}

/** Null until the backend and its URL are set (and, for ComfyUI, the checkpoint to load). */
export function diffusionConfig(env = serverEnv()): DiffusionConfig | null {
  if (!env.DIFFUSION_BACKEND || !env.DIFFUSION_URL) return null;
  if (env.DIFFUSION_BACKEND === 'comfyui' && !env.DIFFUSION_MODEL) return null;
  return {
    backend: env.DIFFUSION_BACKEND,
    url: env.DIFFUSION_URL,
    apiKey: env.DIFFUSION_API_KEY,
    model: env.DIFFUSION_MODEL,
    timeoutMs: env.DIFFUSION_TIMEOUT_MS,
    maxConcurrent: env.DIFFUSION_MAX_CONCURRENT,
    pollMs: env.DIFFUSION_POLL_MS,
  };
}
