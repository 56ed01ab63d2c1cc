/** Casual claims: each insight's facts the way a friend would text them. */
import type { ClaimBank } from './bank';

export const CASUAL_CLAIMS: ClaimBank = {
  'night-owl': [
    '{?nightOwl}{share} of your prompts came in late at night, you night owl.',
    '{?nightOwl}Late-night you was busy, {share} of your prompts went out after dark.',
    'So {share} of your prompts happened way past bedtime.',
    'Night-time you sent {share} of your prompts.',
  ],
  weekend: [
    '{share} of your prompts happened on weekends.',
    '{?weekdaysToo}You kept chatting on weekends too, {share} of your prompts.',
    'Your days off still got {share} of your prompts.',
  ],
  streak: [
    'You showed up {days} straight, {from} to {to}. No breaks!',
    'From {from} to {to}, {days} in a row without skipping.',
    'Your longest run was {days}, all the way from {from} to {to}.',
    'You pulled off {streakWithArticle}, {from} to {to}.',
  ],
  'busiest-day': [
    '{?standout}{day} was nuts, you sent {prompts}.',
    'You sent {prompts} on {day} alone.',
    'Remember {day}? That was {prompts} in one day.',
  ],
  'peak-month': [
    '{month} was your big month, {messages} total.',
    'You were all in during {month}, like {messages}.',
    'Your busiest month? {month}, with {messages}.',
  ],
  'peak-hour': [
    'Most of your chatting happened around {hour}.',
    'You were most active from {hour} to {nextHour}.',
    'If it was {hour}, you were probably typing.',
  ],
  'peak-weekday': [
    '{weekdays} were your thing.',
    '{weekday} was your favourite day to chat.',
    'Your week always seemed to peak on {weekday}.',
  ],
  code: [
    'You dropped code into {share} of your messages.',
    '{share} of your messages came with code attached.',
    '{?standout}Lots of code flying around, {share} of your messages.',
  ],
  'prompt-length': [
    'Your usual prompt was about {words}.',
    'You kept it to around {words} per prompt, typically.',
    'Half your prompts were {words} or shorter.',
  ],
  'top-model': [
    '{?majority}You mostly talked to {model}, {share} of your replies.',
    '{share} of your replies came from {model}, your go-to.',
    'Your main chat buddy was {model}, with {share} of the replies.',
  ],
  'model-count': [
    'You tried out {models}.',
    'You hopped around between {models}.',
    '{models} got a turn chatting with you.',
  ],
  'top-topic': [
    'You talked about {topic} the most, {conversations}, so {share} of everything.',
    '{topic} was your main thing, {conversations} and {share} of the total.',
    'You kept coming back to {topic}, {conversations} in all ({share}).',
  ],
  'rising-topic': [
    'You got more and more into {topic}, {conversations} so far.',
    '{topic} kept picking up steam, {conversations} and counting.',
    'Lately {topic} has been your jam, {conversations} and growing.',
  ],
  'topic-spread': [
    '{?manyTopics}You chatted about {topics}, all over the place.',
    'Your chats covered {topics}.',
    'You bounced between {topics}.',
  ],
  'top-emotion': [
    'Calm aside, {emotion} showed up the most, in {share} of your prompts.',
    '{?standout}There was a lot of {emotion} going on, {share} of your prompts.',
    '{share} of your prompts had some {emotion} in them.',
  ],
  'sunniest-month': [
    '{month} was your happiest month, {share} of prompts upbeat.',
    'Your mood was sky-high in {month}, {share} of your prompts were positive.',
    'Best vibes came in {month}, with {share} of its prompts sounding happy.',
  ],
  politeness: [
    'You said please or thanks in {share} of your prompts. Cute.',
    '{share} of your prompts had a please or thanks. Manners!',
    'You were polite in {share} of your prompts, love that.',
  ],
  'intent-mix': [
    '{?majority}You mostly sent {kind}, {share} of your prompts.',
    'Your top move was {kind}, {share} of your prompts.',
    '{?majority}Mostly {kind} from you, {share} of everything you typed.',
    'More than anything else you sent {kind}, {share} of your prompts.',
    '{kind} led the way for you, {share} of your prompts.',
  ],
  images: [
    'You shared {shared} and got {generated} made for you.',
    '{shared} sent, {generated} generated. Nice trade.',
    'You swapped pictures too, {shared} in and {generated} made.',
    'You sent over {sharedOnly} too.',
    '{sharedOnly} went along with your messages.',
    'You showed the assistant {sharedOnly}.',
    'You got {generatedOnly} made.',
    'The assistant whipped up {generatedOnly} for you.',
    '{generatedOnly} came out of your prompts.',
  ],
  voice: [
    'You sent {voiceMessages} instead of typing.',
    'Sometimes you just talked, {voiceMessages} worth.',
    '{voiceMessages} in your own voice, nice.',
  ],
  marathon: [
    '{?standout}One chat went on for {messages}. Long one!',
    'Your longest chat hit {messages}.',
    'You kept one conversation going for {messages}.',
  ],
};
