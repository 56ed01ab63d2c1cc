/**
 * Reads what an instruction model answered (LLM_OUTPUT_SHAPE) into LlmTexts, tolerating what
 * small models do around JSON: code fences, a sentence before or after, trailing commas.
 * Fields of the wrong type are dropped one by one; null when nothing usable is left.
 */
import { z } from 'zod';

export interface LlmTexts {
  tagline?: string;
  insights?: string[];
  persona?: string;
  achievements?: Record<string, string>;
}

/** Longer than this is not a tagline / an insight / a persona paragraph, whatever the model thinks. */
const LLM_TEXT_LIMITS = { tagline: 140, insight: 280, persona: 600, achievement: 240 } as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const fields = {
  tagline: text(LLM_TEXT_LIMITS.tagline),
  insights: z.array(z.unknown()).transform((items) => items.filter((item): item is string => text(LLM_TEXT_LIMITS.insight).safeParse(item).success).map((item) => item.trim())),
  persona: text(LLM_TEXT_LIMITS.persona),
  achievements: z.record(z.string(), z.unknown()).transform((entries) =>
    Object.fromEntries(Object.entries(entries).flatMap(([id, blurb]) => (text(LLM_TEXT_LIMITS.achievement).safeParse(blurb).success ? [[id, (blurb as string).trim()]] : []))),
  ),
};

/** The first balanced {...} in `raw`, skipping braces inside strings. */
function firstJsonObject(raw: string): string | null {
  const start = raw.indexOf('{');
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < raw.length; i++) {
    const char = raw[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return raw.slice(start, i + 1);
  }
  return null;
}

function parseLoose(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    try {
      return JSON.parse(json.replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

export function parseLlmTexts(raw: string): LlmTexts | null {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(raw)?.[1];
  const json = firstJsonObject(fenced ?? raw) ?? firstJsonObject(raw);
  const value = json === null ? null : parseLoose(json);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: LlmTexts = {};
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const parsed = fields[key].safeParse((value as Record<string, unknown>)[key]);
    if (parsed.success) Object.assign(out, { [key]: parsed.data });
  }
  if (out.insights?.length === 0) delete out.insights;
  if (out.achievements && Object.keys(out.achievements).length === 0) delete out.achievements;
  return Object.keys(out).length > 0 ? out : null;
}
