/** The label sets of the trained heads; order is the output order of each head's weights. */
export const HEAD_LABELS = {
  sentiment: ['negative', 'neutral', 'positive'],
  emotion: ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise'],
  intent: ['question', 'request', 'command', 'statement', 'complaint', 'praise'],
  toxicity: ['ok', 'toxic'],
} as const;

export type HeadName = keyof typeof HEAD_LABELS;
export const HEAD_NAMES = Object.keys(HEAD_LABELS) as HeadName[];
export type HeadLabel<H extends HeadName> = (typeof HEAD_LABELS)[H][number];
