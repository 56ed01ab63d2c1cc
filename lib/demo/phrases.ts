/** Category-independent turns: reactions, nudges and the framing around assistant answers. */

export const PRAISE: readonly string[] = [
  'perfect, thanks!',
  'This worked, you are a lifesaver',
  'amazing, exactly what I needed',
  'ok that is actually really helpful',
  'great explanation, thank you 🙏',
  'nice. saving this',
];

export const COMPLAINTS: readonly string[] = [
  "That's wrong. You just repeated what I already tried.",
  'no, that is not what I asked',
  'You keep ignoring the constraint I gave you.',
  'this is way too long, I asked for a short answer',
  "that doesn't work, same error as before",
  'Why did you change the parts that were fine??',
];

export const NUDGES: readonly string[] = [
  'continue',
  'go on',
  'can you elaborate on the last point?',
  'give me an example',
  'and?',
  'tl;dr?',
  'What would you do in my position?',
];

export const ANSWER_OPENERS: readonly ((subject: string) => string)[] = [
  (s) => `Good question — ${s} trips up a lot of people.`,
  () => 'Here is a clear way to approach it.',
  () => 'Short answer: yes, with one caveat.',
  (s) => `Let's break down ${s} step by step.`,
  () => 'You are close; one detail is off.',
  () => 'Sure! Here is a version you can use right away.',
  () => 'Thanks for the extra context, that changes the answer a little.',
];

export const APOLOGIES: readonly string[] = [
  'You are right, sorry about that. Here is a corrected version.',
  'Apologies, I missed your constraint. Let me fix it.',
  'Fair point. Shorter version:',
];

export const THANKS_REPLIES: readonly string[] = [
  'Glad it helped! Good luck with it.',
  "You're welcome! Ping me if anything else comes up.",
  'Happy to help 🙂',
];

export const ANSWER_CLOSERS: readonly string[] = [
  'Want me to adapt this to your exact setup?',
  'If you share the full error, I can narrow it down further.',
  'Let me know which option you pick and I can go deeper.',
  'Would a table or a checklist version be more useful?',
];

export const CUSTOM_INSTRUCTIONS = {
  profile:
    'I am a web developer (TypeScript, React, some Python). I bake sourdough, run, and I am learning European Portuguese.',
  instructions:
    'Be concise. Skip the pleasantries. Use metric units. When you show code, show complete runnable snippets.',
};
