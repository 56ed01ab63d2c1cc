/** A complete share payload (every optional field present) for the share tests and e2e. */
import { sharePayloadSchema, type SharePayload } from './payload';

export const TEST_PAYLOAD: SharePayload = sharePayloadSchema.parse({
  v: 1,
  title: 'My 2026 with AI',
  period: '2026',
  style: 'neon',
  palette: ['#0b1f24', '#7a5cf5', '#a58bff', '#f5c542', '#ffe08a'],
  tagline: 'A year of late-night TypeScript and one very patient assistant',
  persona: { name: 'The Night Owl Coder', emoji: '🦉', description: 'You wrote code after dark and asked sharp questions.' },
  stats: [
    { label: 'messages sent', value: '9,310' },
    { label: 'conversations', value: '1,204' },
    { label: 'active days', value: '241' },
    { label: 'day streak', value: '19' },
    { label: 'favourite hour', value: '10 PM' },
  ],
  topics: [
    { label: 'typescript · react', share: 0.31 },
    { label: 'travel · japan', share: 0.18 },
    { label: 'cooking · bread', share: 0.12 },
  ],
  emotions: [
    { label: 'joy', share: 0.3 },
    { label: 'sadness', share: 0.1 },
    { label: 'neutral', share: 0.38 },
  ],
  insights: ['31% of your prompts came after 10 PM.', 'Your longest streak ran 19 days in March.'],
  achievements: [{ title: 'Night Owl', blurb: 'A third of your prompts after dark' }, { title: 'Week Streak' }],
});
