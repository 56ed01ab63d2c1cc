/** Poetic claims: each insight's facts as an image. Values: see insights/candidates.ts. */
import type { ClaimBank } from './bank';

export const POETIC_CLAIMS: ClaimBank = {
  'night-owl': [
    '{share} of your prompts were written by lamplight, long after dark.',
    'When the house slept, you did not; {share} of your asking came in the deep of night.',
    'The moon read over your shoulder for {share} of your prompts.',
  ],
  weekend: [
    '{share} of your prompts drifted in on the slow tide of the weekend.',
    'The weekend held {share} of your prompts like shells in a pocket.',
    'When the week laid down its tools, {share} of your prompts still found their way out.',
  ],
  streak: [
    'From {from} to {to}, {days} strung together like pearls on a thread.',
    'For {days} without a break, {from} to {to}, you came back like the tide.',
    'A bright chain of {days}, unbroken, ran from {from} to {to}.',
  ],
  'busiest-day': [
    '{day} burned brightest of all, carrying {prompts}.',
    '{?standout}On {day} the floodgates opened and {prompts} poured through.',
    'The summit of your year was {day}, where you left {prompts}.',
  ],
  'peak-month': [
    '{month} swelled like a full moon, holding {messages}.',
    'Of every month, {month} ran deepest, a river of {messages}.',
    'No month sang louder than {month}, with its {messages}.',
  ],
  'peak-hour': [
    'Your words gathered thickest between {hour} and {nextHour}.',
    'When the clock struck {hour}, your wondering woke fully.',
    'Of all the hours in a day, the one that opens at {hour} heard you most.',
  ],
  'peak-weekday': [
    '{weekdays} drew you out more than any other day.',
    'Each week leaned toward {weekday}, the day your questions gathered most.',
    '{weekday} was the heartbeat of your week.',
  ],
  code: [
    'Code threaded through {share} of your messages like silver wire.',
    '{share} of your messages carried code, small machines folded into words.',
    'In {share} of your messages, brackets and semicolons bloomed.',
  ],
  'prompt-length': [
    'Your prompts found their natural length at {words}, the span of a breath.',
    'The middle of all your prompts sat at {words}, a steady line of verse.',
    'Half your prompts were folded small, {words} or fewer, like notes passed in class.',
  ],
  'top-model': [
    'Most often the voice that answered was {model}, in {share} of your replies.',
    '{share} of the replies came back in the voice of {model}.',
    'Like a familiar echo, {model} wrote {share} of the replies you received.',
  ],
  'model-count': [
    '{models} took turns answering you, a chorus of voices.',
    'You wandered among {models}, listening to each.',
    'Your questions were heard by {models}, a small choir of machines.',
  ],
  'top-topic': [
    '{topic} was your north star, guiding {conversations}, {share} of them all.',
    'Again and again you returned to {topic}, {conversations} in all, {share} of the whole.',
    '{topic} grew like ivy over {conversations}, {share} of your garden.',
  ],
  'rising-topic': [
    '{topic} rose like a morning tide, {conversations} and climbing.',
    'Slowly, then all at once, {topic} bloomed across {conversations}.',
    'The seasons turned toward {topic}, which gathered {conversations} as it grew.',
  ],
  'topic-spread': [
    'Your curiosity scattered like seeds across {topics}.',
    '{topics} shared your attention, a patchwork quilt of wonder.',
    'You wandered through {topics}, picking flowers from each.',
  ],
  'top-emotion': [
    'Beyond the calm, {emotion} tinted {share} of your prompts.',
    'A thread of {emotion} ran through {share} of your prompts.',
    '{share} of your prompts carried the colour of {emotion}.',
  ],
  'sunniest-month': [
    'In {month} the clouds parted, and {share} of its prompts shone bright.',
    '{month} glowed warmest, {share} of its prompts bright as morning.',
    'The sun sat highest in {month}, when {share} of your prompts were glad.',
  ],
  politeness: [
    'Please and thank you bloomed in {share} of your prompts.',
    '{share} of your prompts were wrapped in a kind word.',
    'Courtesy, soft as moss, lined {share} of your prompts.',
  ],
  'intent-mix': [
    'Most of all you brought {kind}, {share} of everything you wrote.',
    '{kind} filled {share} of your prompts, the truest shape of your voice.',
    'Your voice took the form of {kind} in {share} of your prompts.',
  ],
  images: [
    'You offered {shared} to the machine, and it painted {generated} in return.',
    '{shared} went out like postcards; {generated} came back as dreams.',
    'Pictures flowed both ways, {shared} given and {generated} conjured.',
    'You offered {sharedOnly} alongside your words, windows into your world.',
    '{sharedOnly} travelled with your words, like pressed leaves in a letter.',
    'Now and then you showed rather than told, {sharedOnly} in all.',
    'Your words were painted into {generatedOnly}.',
    '{generatedOnly} rose out of your prompts like mist taking shape.',
    'From your sentences, the machine conjured {generatedOnly}.',
  ],
  voice: [
    'Your own voice travelled in {voiceMessages}, breath instead of ink.',
    '{voiceMessages} carried your voice itself, not just your words.',
    'Sometimes you sang instead of writing, {voiceMessages} in all.',
  ],
  marathon: [
    '{?standout}One conversation wound on for {messages}, a river that would not end.',
    'Your longest conversation unspooled across {messages}, like a long road home.',
    'A single conversation stretched to {messages}, and you held on all the way.',
  ],
};
