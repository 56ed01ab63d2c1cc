/** Professional claims: each insight's facts as a line in a performance review. */
import type { ClaimBank } from './bank';

export const PROFESSIONAL_CLAIMS: ClaimBank = {
  'night-owl': [
    'After-hours activity accounted for {share} of your prompts.',
    '{share} of your prompts were submitted late at night.',
    'Late-night sessions represented {share} of total prompt volume.',
  ],
  weekend: [
    'Weekend activity represented {share} of your prompts.',
    '{share} of prompt volume fell on weekends.',
    '{?weekdaysToo}Your engagement extended into weekends, which accounted for {share} of prompts.',
  ],
  streak: [
    'You sustained daily engagement for {days}, from {from} to {to}.',
    'Your longest consecutive run covered {days}, {from} through {to}.',
    'Between {from} and {to}, you logged activity on {days} in a row.',
  ],
  'busiest-day': [
    'Peak daily activity occurred on {day}, with {prompts}.',
    '{day} was your highest-volume day, at {prompts}.',
    'Your single most active day was {day}, totalling {prompts}.',
  ],
  'peak-month': [
    '{month} was your most active month, with {messages} exchanged.',
    'Activity peaked in {month}, reaching {messages}.',
    'Monthly volume reached its high point in {month} at {messages}.',
  ],
  'peak-hour': [
    'Your activity concentrated in the hour beginning at {hour}.',
    'Peak productivity fell between {hour} and {nextHour}.',
    'The hour starting at {hour} led your daily schedule.',
  ],
  'peak-weekday': [
    '{weekday} was your most productive day of the week.',
    'Engagement was highest on {weekdays}.',
    'Across the working week and beyond, {weekday} led in volume.',
  ],
  code: [
    '{?standout}Technical content was significant, with code present in {share} of your messages.',
    '{share} of your messages included code.',
    'Code featured in {share} of your messages, reflecting hands-on technical work.',
  ],
  'prompt-length': [
    'Your median prompt length was {words}.',
    'Prompts were typically {words} in length.',
    'Half of your prompts came in at or under {words}.',
  ],
  'top-model': [
    'Your primary model was {model}, responsible for {share} of replies.',
    '{share} of replies were provided by {model}.',
    'You relied chiefly on {model}, which produced {share} of your replies.',
  ],
  'model-count': [
    'You worked with {models} over the period.',
    'Your toolkit spanned {models}.',
    'Responses came from {models} in total.',
  ],
  'top-topic': [
    'Your primary focus area was {topic}, with {conversations} ({share} of the total).',
    '{topic} led your portfolio at {conversations}, {share} of the total.',
    'The largest share of your work, {share}, went to {topic} across {conversations}.',
  ],
  'rising-topic': [
    '{topic} showed steady growth over the period, reaching {conversations}.',
    'Interest in {topic} increased over time, to {conversations}.',
    '{topic} emerged as a growth area, with {conversations}.',
  ],
  'topic-spread': [
    'Your work covered {topics}.',
    '{?manyTopics}You demonstrated breadth across {topics}.',
    '{?manyTopics}Your conversations spanned {topics}, a diverse portfolio.',
    'Your conversations grouped into {topics}.',
  ],
  'top-emotion': [
    'Aside from calm, the most frequent emotion was {emotion}, in {share} of prompts.',
    '{emotion} was present in {share} of your prompts, the leading feeling besides calm.',
    '{share} of your prompts expressed {emotion}.',
  ],
  'sunniest-month': [
    '{month} recorded your most positive sentiment, at {share} of prompts.',
    'Sentiment was strongest in {month}, with {share} of prompts positive.',
    'Your most positive month was {month}, where {share} of prompts read as upbeat.',
  ],
  politeness: [
    'Courteous language appeared in {share} of your prompts.',
    '{share} of your prompts included please or thank you.',
    'You maintained a courteous tone, with please or thanks in {share} of prompts.',
  ],
  'intent-mix': [
    '{kind} made up the largest category, at {share} of prompts.',
    'Your prompts were led by {kind}, at {share}.',
    'The leading prompt type was {kind}, representing {share} of the total.',
  ],
  images: [
    'You shared {shared} and requested {generated}.',
    'Visual material included {shared} shared and {generated} generated.',
    'Your work involved imagery in both directions, {shared} provided and {generated} produced.',
    'You supplied {sharedOnly} as supporting material.',
    'Supporting visuals, {sharedOnly} in total, accompanied your prompts.',
    'You provided {sharedOnly} to the assistant.',
    'You commissioned {generatedOnly}.',
    'Your prompts produced {generatedOnly}.',
    'Generated visuals totalled {generatedOnly}.',
  ],
  voice: [
    'You used voice input for {voiceMessages}.',
    'Voice input accounted for {voiceMessages}.',
    'You communicated by voice in {voiceMessages}.',
  ],
  marathon: [
    'Your longest conversation extended to {messages}.',
    'One in-depth conversation reached {messages}.',
    'Your most sustained exchange ran {messages}.',
  ],
};
