/** Humorous claims: each insight's facts with a playful poke. */
import type { ClaimBank } from './bank';

export const HUMOROUS_CLAIMS: ClaimBank = {
  'night-owl': [
    '{share} of your prompts were sent while sensible people slept.',
    'Sleep called, and {share} of your prompts let it go to voicemail.',
    '{?nightOwl}The vampires clocked you, {share} of your prompts went out late at night.',
  ],
  weekend: [
    'Weekends are for resting, said nobody in {share} of your prompts.',
    '{share} of your prompts arrived on weekends. The couch misses you.',
    'Brunch could wait, {share} of your prompts landed on weekends.',
  ],
  streak: [
    '{?standout}{days} in a row, {from} to {to}. Your gym would kill for that attendance.',
    'From {from} to {to} you did not miss a day. That is {days} of commitment.',
    '{?standout}Your longest streak lasted {days} ({from} to {to}), longer than most resolutions survive.',
    '{from} to {to} was {streakWithArticle}. Your houseplants wish you were that consistent.',
  ],
  'busiest-day': [
    '{?standout}On {day} you sent {prompts}. Was everything okay?',
    '{?standout}{day} deserves a plaque, you fired off {prompts}.',
    '{?standout}{prompts} in one day, {day}. Your fingers filed a complaint.',
    'Your busiest day was {day}, with {prompts}. The keyboard remembers it fondly.',
    '{day} was the day you went furthest, {prompts} sent.',
  ],
  'peak-month': [
    '{month} was your main character era, with {messages}.',
    'In {month} you went full throttle, {messages} of it.',
    '{month} racked up {messages}, and nobody could stop you.',
  ],
  'peak-hour': [
    'Your brain clocks in at {hour}, apparently.',
    'The hour from {hour} to {nextHour} is officially your prime time.',
    'At {hour} you turn into a prompt machine.',
  ],
  'peak-weekday': [
    '{weekday} is your chatbot day. No one knows why.',
    '{weekdays} hit different, your busiest day of the week.',
    'Something about {weekday} makes you very chatty.',
  ],
  code: [
    '{share} of your messages contained code. The semicolons send their regards.',
    'You smuggled code into {share} of your messages.',
    '{?standout}Code showed up in {share} of your messages, so yes, you are that person.',
  ],
  'prompt-length': [
    'Your typical prompt clocked in at {words}, typos included.',
    'Half your prompts stopped at {words} or fewer. The other half kept going.',
    'Median prompt, {words}. Hemingway is taking notes.',
  ],
  'top-model': [
    '{?majority}You and {model} were basically inseparable, {share} of your replies.',
    '{share} of your replies came from {model}. Should we book you a table?',
    '{?otherModels}Your favourite was {model}, with {share} of your replies. Other models noticed.',
    'Credit where due, {model} wrote {share} of your replies.',
  ],
  'model-count': [
    'You dated around, {models} in total.',
    '{models} answered you. Commitment issues?',
    'You collected {models} like trading cards.',
  ],
  'top-topic': [
    '{?standout}You could not stop talking about {topic}, {conversations} and {share} of everything.',
    '{?standout}{topic} took {conversations}, a whole {share}. Obsessed? Who said obsessed?',
    '{topic} topped the charts, {conversations} and {share} of everything.',
    'Your biggest rabbit hole was {topic}, {conversations} deep ({share}).',
  ],
  'rising-topic': [
    '{topic} went from side quest to main quest, {conversations} and counting.',
    'Your {topic} phase is not a phase, {conversations} and climbing.',
    'You got hooked on {topic} as the year went on, {conversations} so far.',
  ],
  'topic-spread': [
    '{?manyTopics}You dabbled in {topics}, like a buffet with no plate limit.',
    '{topics} fought for your attention, and all of them won.',
    '{?manyTopics}Focus? You spread yourself across {topics}.',
    'You kept {topics} on the go, like plates on sticks.',
  ],
  'top-emotion': [
    'Calm aside, your mood of choice was {emotion}, in {share} of your prompts.',
    '{share} of your prompts came with a side of {emotion}.',
    'Your prompts had feelings too, {emotion} above all, at {share}.',
  ],
  'sunniest-month': [
    '{month} was your happy era, {share} of its prompts pure sunshine.',
    'In {month} you were practically glowing, {share} of prompts upbeat.',
    'Whatever happened in {month}, do it again, {share} of its prompts were positive.',
  ],
  politeness: [
    'You said please or thanks in {share} of your prompts. The robots will remember.',
    '{share} of your prompts had actual manners attached.',
    'Please and thank you made it into {share} of your prompts. Very civilised.',
    'Polite to a machine in {share} of your prompts. Your grandma would be proud.',
  ],
  'intent-mix': [
    '{?majority}Mostly {kind}, {share} of your prompts. Consistent, at least.',
    'Your signature move was {kind}, at {share}.',
    '{share} of your prompts were {kind}. We see you.',
    'Your prompts had a type, {kind}, at {share}.',
  ],
  images: [
    'You shared {shared} and ordered {generated} from the art department.',
    '{?standout}{shared} in, {generated} out. A whole gallery situation.',
    'Words were not enough, {shared} shared and {generated} generated.',
    'You showed the assistant {sharedOnly}, like a proud parent with a photo album.',
    '{sharedOnly} shared, because a picture beats a paragraph.',
    'Sometimes words failed you, so {sharedOnly} went in.',
    'You commissioned {generatedOnly}, art patron style.',
    '{generatedOnly} generated, and not one went on the fridge.',
    'Your prompts became {generatedOnly}. Picasso is nervous.',
  ],
  voice: [
    'You sent {voiceMessages}, because typing is hard.',
    '{voiceMessages} went out in your own voice. Podcast next?',
    'You talked to the assistant out loud in {voiceMessages}. The neighbours noticed.',
  ],
  marathon: [
    'One conversation went on for {messages}. Someone get it a snack.',
    '{?standout}Your longest chat ran to {messages}, longer than some novels.',
    '{?standout}One thread lasted {messages}. Even the chatbot needed a nap.',
    'Your longest chat rolled on for {messages}, stamina noted.',
  ],
};
