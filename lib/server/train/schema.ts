/**
 * What a training request may ask for: labelled examples (text, or 512-d USE-lite vectors), a
 * model and its hyperparameters, an optional search. Caps keep one job small enough for a
 * worker thread in a few minutes.
 */
import { z } from 'zod';

export const VECTOR_DIMS = 512;
export const MAX_EXAMPLES = 5_000;
export const MAX_TEXT_CHARS = 2_000;
export const MAX_LABELS = 50;
export const MAX_SEARCH_BUDGET = 50;
/** 5,000 vectors as JSON numbers fit; anything larger is refused before parsing. */
export const MAX_TRAIN_BODY_BYTES = 24 * 1024 * 1024;

const label = z.string().trim().min(1).max(64);

export const exampleSchema = z.union([
  z.strictObject({ text: z.string().trim().min(1).max(MAX_TEXT_CHARS), label }),
  z.strictObject({ vector: z.array(z.number()).length(VECTOR_DIMS), label }),
]);
export type Example = z.infer<typeof exampleSchema>;

export const examplesSchema = z
  .array(exampleSchema)
  .min(10, 'needs at least 10 examples')
  .max(MAX_EXAMPLES, `at most ${MAX_EXAMPLES} examples`)
  .superRefine((examples, context) => {
    const counts = new Map<string, number>();
    for (const example of examples) counts.set(example.label, (counts.get(example.label) ?? 0) + 1);
    if (counts.size < 2) context.addIssue({ code: 'custom', message: 'needs at least 2 distinct labels' });
    if (counts.size > MAX_LABELS) context.addIssue({ code: 'custom', message: `at most ${MAX_LABELS} distinct labels` });
    const thin = [...counts].filter(([, count]) => count < 2).map(([name]) => name);
    if (thin.length) context.addIssue({ code: 'custom', message: `each label needs at least 2 examples (${thin.slice(0, 5).join(', ')})` });
  });

export const modelSchema = z.strictObject({
  kind: z.enum(['logistic', 'mlp']),
  l2: z.number().min(0).max(10).optional(),
  learningRate: z.number().positive().max(1).optional(),
  hidden: z.number().int().min(2).max(512).optional(),
  batchSize: z.number().int().min(1).max(1024).optional(),
  /** Steps (logistic) or epochs (MLP). */
  maxIterations: z.number().int().min(1).max(2_000).optional(),
});
export type ModelSpec = z.infer<typeof modelSchema>;

const paramSchema = z.union([
  z.strictObject({ type: z.enum(['float', 'int']), min: z.number(), max: z.number(), scale: z.enum(['linear', 'log']).optional() }),
  z.strictObject({ type: z.literal('categorical'), values: z.array(z.union([z.string().max(64), z.number(), z.boolean()])).min(1).max(32) }),
]);
const SEARCHABLE = ['l2', 'learningRate', 'hidden', 'batchSize', 'maxIterations'] as const;

export const searchSchema = z.strictObject({
  method: z.enum(['grid', 'random', 'tpe', 'genetic']),
  budget: z.number().int().min(1).max(MAX_SEARCH_BUDGET),
  space: z.partialRecord(z.enum(SEARCHABLE), paramSchema).optional(),
});

/** How a job trains, stored with it (the examples live in their dataset). */
export const trainingSpecSchema = z.strictObject({
  model: modelSchema,
  search: searchSchema.optional(),
  folds: z.number().int().min(2).max(10).default(5),
  /** Class order of the trained head; default: a shipped head's order when the task names one, else sorted. */
  labels: z.array(label).min(2).max(MAX_LABELS).optional(),
  /** Encoder for text examples: the static student (fast, pure JS) or the USE-lite teacher (TF.js WASM). */
  encoder: z.enum(['student', 'teacher']).default('student'),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
});
export type TrainingSpec = z.infer<typeof trainingSpecSchema>;

export const jobRequestSchema = trainingSpecSchema.extend({
  task: z.string().trim().min(1).max(64).regex(/^[\w.-]+$/, 'letters, digits, _ . - only'),
  examples: examplesSchema,
});
export type JobRequest = z.infer<typeof jobRequestSchema>;
