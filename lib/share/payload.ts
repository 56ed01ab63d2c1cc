/**
 * What a shared Wrapped carries: the reviewed summary, never messages. The same schema
 * validates a payload decoded from a URL fragment, one posted for a short link, and one
 * read back from the server's store, so a hostile or truncated payload is a clear error.
 */
import { z } from 'zod';
import { HEAD_LABELS } from '../ml/heads/labels';
import { COVER_STYLES } from '../art/types';

export const SHARE_PAYLOAD_VERSION = 1 as const;

const line = (max: number) => z.string().trim().min(1).max(max);
const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i);

export const sharePayloadSchema = z.object({
  v: z.literal(SHARE_PAYLOAD_VERSION),
  /** "My 2026 with AI". */
  title: line(80),
  /** "2026" or "All time". */
  period: line(20),
  /** Cover style and palette, so every renderer draws the same colours. */
  style: z.enum(COVER_STYLES),
  palette: z.array(hexColour).min(2).max(5),
  tagline: line(160).optional(),
  persona: z.object({ name: line(40), emoji: z.string().max(16), description: line(400).optional() }).optional(),
  stats: z.array(z.object({ label: line(40), value: line(24) })).max(8).optional(),
  topics: z.array(z.object({ label: line(40), share: z.number().min(0).max(1) })).max(5).optional(),
  emotions: z.array(z.object({ label: z.enum(HEAD_LABELS.emotion), share: z.number().min(0).max(1) })).max(7).optional(),
  insights: z.array(line(220)).max(5).optional(),
  achievements: z.array(z.object({ title: line(60), blurb: line(200).optional() })).max(20).optional(),
});

export type SharePayload = z.infer<typeof sharePayloadSchema>;
