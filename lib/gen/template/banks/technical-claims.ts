/** Technical claims: each insight's facts as a log line, a metric or a changelog entry. */
import type { ClaimBank } from './bank';

export const TECHNICAL_CLAIMS: ClaimBank = {
  'night-owl': [
    'Off-hours traffic made up {share} of your prompts.',
    '{share} of your requests hit the server long after business hours.',
    'Night-shift load came to {share} of your prompts.',
  ],
  weekend: [
    'Weekend traffic came to {share} of your prompt volume.',
    '{share} of your prompts were processed on weekend days.',
    'Outside the weekday window, load held at {share} of your prompts.',
  ],
  streak: [
    'Longest uptime without a missed day was {days}, {from} through {to}.',
    'Consecutive-day streak peaked at {days} ({from} to {to}).',
    'From {from} to {to} you ran {days} in a row with no downtime.',
  ],
  'busiest-day': [
    'Peak daily load hit {prompts} on {day}.',
    '{day} set the daily record at {prompts}.',
    'Highest single-day throughput was {prompts}, recorded on {day}.',
  ],
  'peak-month': [
    'Monthly volume peaked in {month} at {messages}.',
    '{month} was the high-water mark, with {messages} processed.',
    'Max monthly throughput, {messages}, landed in {month}.',
  ],
  'peak-hour': [
    'Hourly load peaked in the {hour} to {nextHour} window.',
    'Your busiest cron slot started at {hour}.',
    'Traffic by hour topped out in the bucket starting at {hour}.',
  ],
  'peak-weekday': [
    '{weekday} carried the heaviest weekly load.',
    'The per-weekday histogram peaks on {weekday}.',
    'Sorted by day of week, {weekdays} come out on top.',
  ],
  code: [
    '{share} of your messages shipped with code blocks.',
    'Code detected in {share} of your messages, syntax highlighting recommended.',
    'Source code appeared in {share} of your messages.',
  ],
  'prompt-length': [
    'Median prompt length was {words}.',
    'At the median, a prompt of yours weighed in at {words}.',
    'Half your prompts came in at {words} or fewer.',
  ],
  'top-model': [
    'Primary backend was {model}, serving {share} of replies.',
    '{share} of replies were served by {model}.',
    'The traffic split shows {model} handling {share} of your replies.',
  ],
  'model-count': [
    'You load-balanced across {models}.',
    'The model registry lists {models} in use.',
    'Requests were routed to {models} in total.',
  ],
  'top-topic': [
    'Top topic cluster was {topic}, with {conversations} ({share} of the total).',
    '{topic} ranks first by volume, {conversations}, {share} of all threads.',
    'Largest cluster by size was {topic} at {conversations} ({share}).',
  ],
  'rising-topic': [
    '{topic} is trending up, {conversations} and still growing.',
    'Growth detected for {topic}, now at {conversations} with an upward slope.',
    'The fastest-climbing cluster was {topic}, {conversations} so far.',
  ],
  'topic-spread': [
    'Clustering found {topics} in your conversations.',
    'Your conversations partition into {topics}.',
    'The topic model converged on {topics}.',
  ],
  'top-emotion': [
    'Excluding calm, the top emotion label was {emotion}, at {share} of prompts.',
    'The classifier tagged {share} of your prompts with {emotion}.',
    'Emotion breakdown puts {emotion} at {share}, calm left out.',
  ],
  'sunniest-month': [
    'Sentiment peaked in {month}, with {share} of prompts scored positive.',
    '{month} posted the best mood score, {share} positive.',
    'Positive-sentiment ratio maxed out in {month} at {share}.',
  ],
  politeness: [
    'Courtesy tokens (please, thanks) found in {share} of your prompts.',
    '{share} of your prompts included a please or thanks.',
    'Politeness flag set on {share} of prompts.',
  ],
  'intent-mix': [
    'Intent classifier output led with {kind}, at {share} of prompts.',
    'Top intent class was {kind}, covering {share} of your prompts.',
    'By intent, {kind} dominated at {share}.',
  ],
  images: [
    'Image I/O counted {shared} uploaded and {generated} generated.',
    'The media pipeline handled {shared} in and {generated} out.',
    '{shared} uploaded, {generated} rendered, all pipelines green.',
    'You uploaded {sharedOnly} as attachments.',
    'Attachment count came to {sharedOnly}.',
    '{sharedOnly} went up the wire alongside your text.',
    'Image generation jobs returned {generatedOnly}.',
    'Render queue output totalled {generatedOnly}.',
    '{generatedOnly} came out of the render pipeline.',
  ],
  voice: [
    'The audio channel carried {voiceMessages}.',
    '{voiceMessages} arrived through the speech-to-text path.',
    'Voice input was used for {voiceMessages}.',
  ],
  marathon: [
    'Longest thread reached {messages} before closing.',
    'Max conversation depth was {messages}.',
    'One session ran to {messages} without a reset.',
  ],
};
