/**
 * The names people use for what exports record as slugs: models ("text-davinci-002-render-sha"
 * → "GPT-3.5") and the emotion head's labels ("surprise" → "Surprise & curiosity"). Every view —
 * story, dashboard, generated words, cards, the shared page — names things through here; the
 * raw slugs stay in the JSON download.
 */
import { HEAD_LABELS } from '../ml/heads/labels';

/** What exports write when they don't say which model answered. */
export const UNRECORDED_MODEL = 'unknown';
/** How an unrecorded model reads in a sentence ("12 replies came from an unrecorded model"). */
export const UNRECORDED_MODEL_NAME = 'an unrecorded model';

/** Slugs whose public name can't be derived from the slug itself. Keys are lower-case. */
const MODEL_NAMES: Record<string, string> = {
  'text-davinci-002-render': 'GPT-3.5',
  'text-davinci-002-render-sha': 'GPT-3.5',
  'text-davinci-002-render-sha-mobile': 'GPT-3.5',
  'text-davinci-002-render-paid': 'GPT-3.5',
  'text-davinci-002-plugins': 'GPT-3.5 with plugins',
  'gpt-3.5-turbo': 'GPT-3.5',
  'gpt-4-mobile': 'GPT-4',
  'gpt-4-1106-preview': 'GPT-4 Turbo',
  'gpt-4-0125-preview': 'GPT-4 Turbo',
  'gpt-4-browsing': 'GPT-4 with browsing',
  'gpt-4-plugins': 'GPT-4 with plugins',
  'gpt-4-code-interpreter': 'GPT-4 with code',
  'gpt-4-dalle': 'GPT-4 with DALL·E',
  'gpt-4-gizmo': 'a custom GPT',
  'gpt-4o-canmore': 'GPT-4o with canvas',
  'gpt-4o-jawbone': 'GPT-4o',
  'gpt-4o-mini-jawbone': 'GPT-4o mini',
  auto: 'Auto (ChatGPT picked)',
  research: 'Deep research',
  'o1-preview': 'o1-preview',
  'o3-mini-high': 'o3-mini (high)',
  'o4-mini-high': 'o4-mini (high)',
  'gpt-5-thinking': 'GPT-5 Thinking',
  'gpt-5-thinking-mini': 'GPT-5 Thinking mini',
  'gpt-5-instant': 'GPT-5 Instant',
  'gpt-5-auto': 'GPT-5 Auto',
  'gpt-5-pro': 'GPT-5 Pro',
};

/** Words of a slug that keep a fixed spelling. */
const WORD_NAMES: Record<string, string> = {
  gpt: 'GPT',
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  gemini: 'Gemini',
  grok: 'Grok',
  deepseek: 'DeepSeek',
  mistral: 'Mistral',
  llama: 'Llama',
  sonnet: 'Sonnet',
  opus: 'Opus',
  haiku: 'Haiku',
  flash: 'Flash',
  pro: 'Pro',
  lite: 'Lite',
  ultra: 'Ultra',
  mini: 'mini',
  nano: 'nano',
  turbo: 'Turbo',
  thinking: 'Thinking',
  instant: 'Instant',
  preview: 'preview',
  high: '(high)',
  exp: 'experimental',
  experimental: 'experimental',
  latest: '',
  chat: 'Chat',
  reasoner: 'Reasoner',
};

/** Date or build stamps at the end of a slug: -20240620, -2024-08-06, -0613, -001. */
const STAMP = /(-(20\d{2}-?\d{2}-?\d{2}|\d{4}|0\d{2}))+$/;

/**
 * "text-davinci-002-render-sha" → "GPT-3.5", "gpt-4-5" → "GPT-4.5", "gpt-4o-mini" → "GPT-4o mini",
 * "claude-3-5-sonnet-20240620" → "Claude 3.5 Sonnet", "gemini-2.5-flash" → "Gemini 2.5 Flash",
 * "o3-mini" → "o3-mini". Unknown slugs are prettified the same way; "unknown" → UNRECORDED_MODEL_NAME.
 */
export function modelDisplayName(slug: string): string {
  const key = slug.trim().toLowerCase();
  if (!key || key === UNRECORDED_MODEL) return UNRECORDED_MODEL_NAME;
  const known = MODEL_NAMES[key];
  if (known) return known;
  // OpenAI's reasoning series keeps its lower-case names (o1, o3-mini, o4-mini).
  if (/^o\d(-(mini|pro|preview))?$/.test(key)) return key;
  const bare = key.replace(STAMP, '');
  if (MODEL_NAMES[bare]) return MODEL_NAMES[bare]!;
  const parts = bare.split(/[-_\s]+/).filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // Versions written with dashes: "4-5" → "4.5", "3-5" → "3.5" (a single digit after a version).
    if (/^\d+(\.\d+)?$/.test(part) && /^\d$/.test(parts[i + 1] ?? '') && !part.includes('.')) {
      words.push(`${part}.${parts[i + 1]}`);
      i++;
      continue;
    }
    // A build stamp in the middle ("gpt-4-0613-preview") names no model of its own.
    if (/^\d{4}$/.test(part) && i > 0) continue;
    const named = WORD_NAMES[part];
    if (named !== undefined) {
      if (named) words.push(named);
      continue;
    }
    words.push(/^\d/.test(part) ? part : part.charAt(0).toUpperCase() + part.slice(1));
  }
  // "GPT 4o" reads "GPT-4o": the family and its version are one name.
  return words.join(' ').replace(/\bGPT (\d[\w.]*)/, 'GPT-$1');
}

/** True for a slug that names a model (everything but the export's "unknown"). */
export function isRecordedModel(slug: string): boolean {
  const key = slug.trim().toLowerCase();
  return key !== '' && key !== UNRECORDED_MODEL;
}

export type EmotionLabel = (typeof HEAD_LABELS.emotion)[number];

/** One name, emoji and colour per emotion label, everywhere the emotions appear. */
export const EMOTION_DISPLAY: Record<EmotionLabel, { name: string; emoji: string; color: string }> = {
  joy: { name: 'Joy', emoji: '😊', color: '#fbbf24' },
  // GoEmotions' Ekman grouping files curiosity and confusion under surprise.
  surprise: { name: 'Surprise & curiosity', emoji: '😮', color: '#22d3ee' },
  neutral: { name: 'Calm', emoji: '😌', color: '#71717a' },
  sadness: { name: 'Sadness', emoji: '😢', color: '#60a5fa' },
  fear: { name: 'Worry', emoji: '😟', color: '#a78bfa' },
  anger: { name: 'Frustration', emoji: '😤', color: '#f87171' },
  disgust: { name: 'Distaste', emoji: '😖', color: '#4ade80' },
};

/** "surprise" → "Surprise & curiosity"; `lower` for use mid-sentence ("mostly surprise & curiosity"). */
export function emotionName(label: EmotionLabel, { lower = false } = {}): string {
  const name = EMOTION_DISPLAY[label]?.name ?? label;
  return lower ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

const TOPIC_LABEL_MAX = 40;

/**
 * A topic label fit to quote in a sentence: code fences and backticks gone, double quotes made
 * single (the words quote topic names in double quotes), whitespace folded, at most 40 characters.
 * A label that is a conversation's raw first prompt ("```python fn main() {…") needs all of it.
 */
export function topicDisplayLabel(label: string): string {
  const plain = label
    .replace(/```[\w+-]*/g, ' ')
    .replace(/[`"“”]/g, (quote) => (quote === '`' ? '' : '\''))
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= TOPIC_LABEL_MAX) return plain;
  const cut = plain.slice(0, TOPIC_LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TOPIC_LABEL_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
