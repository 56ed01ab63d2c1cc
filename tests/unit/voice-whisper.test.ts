/**
 * whisper-tiny, the bundled files, in Node through the same lib/audio code the voice worker runs:
 * espeak-ng speaks known sentences into a WAV (22.05 kHz, 16-bit), which is decoded, resampled to
 * 16 kHz and transcribed. Bounds are word error rates after normalisation, with room to spare:
 * whisper-tiny (8-bit) on espeak-ng's synthetic voice measured 0.00 on the short passage (14 s)
 * and 0.20 on the long one (39 s; it garbles one sentence and drops another) here. Needs espeak-ng (scripts/setup.sh --browser installs it) and public/models/whisper-tiny
 * (npm run models:copy).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSpeechRate } from '@/lib/audio/resample';
import { transcribeSamples, type WindowProgress } from '@/lib/audio/transcribe';
import { decodeWav } from '@/lib/audio/wav';
import { wordErrors } from '@/lib/audio/wer';
import { disposeSpeechModels, loadWhisper, SpeechModelError, type SpeechRecognizer } from '@/lib/audio/whisper';

const MODELS = path.resolve(__dirname, '../../public/models') + path.sep;
const ESPEAK_VOICE = ['-v', 'en-us+f3', '-s', '140'];
const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
const why = hasEspeak ? '' : ' (SKIPPED: espeak-ng is not installed; scripts/setup.sh --browser installs it)';

const SHORT = [
  'Good morning, I have a few questions for you today.',
  'What is the weather like in Paris today?',
  'Can you explain how the moon changes shape every month?',
  'Thank you very much for all your help today.',
].join(' ');
const LONG = [
  'Good morning, I have a few questions for you today.',
  'What is the weather like in Paris today?',
  'Can you help me write a short poem about the ocean?',
  'I would like to learn how to cook rice and beans.',
  'Please tell me a story about a dog and a cat.',
  'How many hours of sleep does a person need?',
  'What is the best way to learn a new language?',
  'Can you explain how the moon changes shape every month?',
  'My sister is getting married next summer in the mountains.',
  'Which books should I read before I travel to Japan?',
  'Thank you very much for all your help today.',
].join(' ');

let dir: string;
let whisper: SpeechRecognizer;

/** espeak-ng's WAV of `text`, as lib/audio reads it: 16 kHz mono samples. */
async function spoken(text: string, voice = ESPEAK_VOICE): Promise<Float32Array> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.wav`);
  const result = spawnSync('espeak-ng', [...voice, '-w', file, text]);
  if (result.status !== 0) throw new Error(`espeak-ng failed: ${result.stderr}`);
  const audio = decodeWav(await readFile(file));
  expect(audio.sampleRate).toBe(22_050);
  return toSpeechRate(audio);
}

describe.skipIf(!hasEspeak)(`whisper-tiny on espeak-ng speech${why}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'voice-'));
    whisper = await loadWhisper({ device: 'cpu', localModelPath: MODELS });
  }, 120_000);
  afterAll(async () => {
    await disposeSpeechModels();
    await rm(dir, { recursive: true, force: true });
  });

  it('transcribes a short passage with a word error rate ≤ 0.25 and detects English', async () => {
    const samples = await spoken(SHORT);
    const { transcript, language } = await transcribeSamples(whisper, samples);
    const errors = wordErrors(SHORT, transcript.text);
    expect(language).toBe('en');
    expect(errors.rate, `heard: "${transcript.text}"`).toBeLessThanOrEqual(0.25);
    expect(transcript.source).toBe('whisper-tiny');
    expect(transcript.durationSeconds).toBeCloseTo(samples.length / 16_000, 1);
  }, 240_000);

  it('reads more than 30 s in several windows, with timestamps in order across the whole clip (WER ≤ 0.35)', async () => {
    const samples = await spoken(LONG);
    const seconds = samples.length / 16_000;
    expect(seconds).toBeGreaterThan(30);
    const windows: WindowProgress[] = [];
    const { transcript } = await transcribeSamples(whisper, samples, { language: 'en', onWindow: (progress) => windows.push(progress) });

    expect(wordErrors(LONG, transcript.text).rate, `heard: "${transcript.text}"`).toBeLessThanOrEqual(0.35);
    expect(windows.length).toBeGreaterThanOrEqual(2);
    expect(windows.map((w) => w.windowsDone)).toEqual(windows.map((_, i) => i + 1));
    expect(windows.at(-1)).toMatchObject({ windowsLeft: 0, secondsDone: seconds });
    const times = transcript.chunks.flatMap((chunk) => [chunk.start, chunk.end]);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeLessThan(1);
    expect(times.at(-1)!).toBeGreaterThan(seconds - 3);
    expect(times.at(-1)!).toBeLessThanOrEqual(transcript.durationSeconds);
    // Words from the second window made it in, at times past the first window.
    const late = transcript.chunks.filter((chunk) => chunk.start >= 30);
    expect(late.map((chunk) => chunk.text).join(' ')).toMatch(/thank you/i);
  }, 300_000);

  it('detects another language from the first window', async () => {
    const french = await spoken('Bonjour, je voudrais réserver une table pour deux personnes ce soir.', ['-v', 'fr']);
    expect(await whisper.detectLanguage(french)).toBe('fr');
  }, 120_000);

  it('stops when cancelled between windows', async () => {
    const samples = await spoken(LONG);
    const controller = new AbortController();
    const windowsSeen: number[] = [];
    const run = transcribeSamples(whisper, samples, {
      language: 'en',
      signal: controller.signal,
      onWindow: ({ windowsDone }) => {
        windowsSeen.push(windowsDone);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(windowsSeen).toEqual([1]);
  }, 240_000);
});

describe('whisper-tiny loading', () => {
  it('says which files are missing and how to get them', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'no-models-'));
    try {
      const failure = await loadWhisper({ device: 'cpu', localModelPath: empty + path.sep }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SpeechModelError);
      expect((failure as Error).message).toBe(`Whisper tiny (8-bit)'s files are missing from ${empty}${path.sep}whisper-tiny/: run "npm run models:copy" (or "npm run setup").`);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('refuses models that are not bundled speech models', async () => {
    await expect(loadWhisper({ device: 'cpu', model: 'use-lite' })).rejects.toThrow('"use-lite" is not a bundled transformers.js speech model.');
  });
});
