/** Pipeline requests: what to train, on which data, how it is judged and when it reruns. */
import { Cron } from 'croner';
import { z } from 'zod';
import { examplesSchema, modelSchema, trainingSpecSchema } from '../train/schema';

export const TARGET_METRICS = ['macroF1', 'accuracy'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const SCHEDULE_PRESETS = { hourly: '0 * * * *', daily: '0 3 * * *', weekly: '0 3 * * 1' } as const;

/** A preset, or a 5-field cron pattern (minute resolution: a pipeline retrains, it does not poll). */
export const scheduleSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((value) => value in SCHEDULE_PRESETS || value.split(/\s+/).length === 5, 'use hourly, daily, weekly or a 5-field cron pattern')
  .refine((value) => {
    if (value in SCHEDULE_PRESETS) return true;
    try {
      new Cron(value, { paused: true }).stop();
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid cron pattern');

export const cronPattern = (schedule: string) => SCHEDULE_PRESETS[schedule as keyof typeof SCHEDULE_PRESETS] ?? schedule;

const modelName = z.string().trim().min(1).max(64).regex(/^[\w.-]+$/, 'letters, digits, _ . - only');

export const pipelineRequestSchema = trainingSpecSchema.omit({ model: true }).extend({
  name: z.string().trim().min(1).max(100),
  model: modelSchema.extend({ name: modelName }),
  dataset: z.union([z.strictObject({ examples: examplesSchema }), z.strictObject({ jobId: z.uuid() })]),
  targetMetric: z.enum(TARGET_METRICS),
  threshold: z.number().min(0).max(1),
  autoDeploy: z.boolean().default(false),
  /** Leave out for a pipeline that only runs when triggered. */
  schedule: scheduleSchema.optional(),
});
export type PipelineRequest = z.infer<typeof pipelineRequestSchema>;

export const thresholdRequestSchema = z.strictObject({
  threshold: z.number().min(0).max(1),
  targetMetric: z.enum(TARGET_METRICS).optional(),
  autoDeploy: z.boolean().optional(),
});
export type ThresholdRequest = z.infer<typeof thresholdRequestSchema>;

export const metricsQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) });
