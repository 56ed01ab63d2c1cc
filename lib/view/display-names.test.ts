import { describe, expect, it } from 'vitest';
import { HEAD_LABELS } from '../ml/heads/labels';
import { EMOTION_DISPLAY, emotionName, isRecordedModel, modelDisplayName, UNRECORDED_MODEL, UNRECORDED_MODEL_NAME } from './display-names';

describe('modelDisplayName', () => {
  it.each([
    ['text-davinci-002-render-sha', 'GPT-3.5'],
    ['text-davinci-002-render', 'GPT-3.5'],
    ['gpt-3.5-turbo', 'GPT-3.5'],
    ['gpt-4', 'GPT-4'],
    ['gpt-4-5', 'GPT-4.5'],
    ['gpt-4o', 'GPT-4o'],
    ['gpt-4o-mini', 'GPT-4o mini'],
    ['gpt-4o-2024-08-06', 'GPT-4o'],
    ['gpt-4-0613', 'GPT-4'],
    ['gpt-4.1-mini', 'GPT-4.1 mini'],
    ['gpt-5', 'GPT-5'],
    ['gpt-5-thinking', 'GPT-5 Thinking'],
    ['o1', 'o1'],
    ['o1-preview', 'o1-preview'],
    ['o3-mini', 'o3-mini'],
    ['o3-mini-high', 'o3-mini (high)'],
    ['auto', 'Auto (ChatGPT picked)'],
    ['claude-3-5-sonnet-20240620', 'Claude 3.5 Sonnet'],
    ['claude-3-opus-20240229', 'Claude 3 Opus'],
    ['claude-3-7-sonnet', 'Claude 3.7 Sonnet'],
    ['claude-sonnet-4-20250514', 'Claude Sonnet 4'],
    ['gemini-2.5-flash', 'Gemini 2.5 Flash'],
    ['gemini-1.5-pro-002', 'Gemini 1.5 Pro'],
  ])('%s → %s', (slug, name) => {
    expect(modelDisplayName(slug)).toBe(name);
  });

  it('is case- and space-insensitive', () => {
    expect(modelDisplayName('GPT-4O')).toBe('GPT-4o');
    expect(modelDisplayName('  text-davinci-002-render-sha ')).toBe('GPT-3.5');
  });

  it('names an unrecorded model in words, never "unknown"', () => {
    expect(modelDisplayName(UNRECORDED_MODEL)).toBe(UNRECORDED_MODEL_NAME);
    expect(modelDisplayName('unknown')).toBe('an unrecorded model');
    expect(modelDisplayName('Unknown')).toBe('an unrecorded model');
    expect(modelDisplayName('')).toBe('an unrecorded model');
  });

  it('never shows a slug as the export wrote it for the legacy and dashed ones', () => {
    for (const slug of ['text-davinci-002-render-sha', 'text-davinci-002-render-sha-mobile', 'text-davinci-002-render-paid', 'gpt-4-5', 'gpt-4-1', 'gpt-5-1']) {
      expect(modelDisplayName(slug), slug).not.toMatch(/text-davinci|gpt-\d-\d|unknown/i);
    }
  });
});

describe('isRecordedModel', () => {
  it('is false only for the export\'s "unknown" (and an empty slug)', () => {
    expect(isRecordedModel('unknown')).toBe(false);
    expect(isRecordedModel(' UNKNOWN ')).toBe(false);
    expect(isRecordedModel('')).toBe(false);
    expect(isRecordedModel('gpt-4o')).toBe(true);
    expect(isRecordedModel('text-davinci-002-render-sha')).toBe(true);
  });
});

describe('emotion names', () => {
  it('has one name, emoji and colour for every label of the emotion head', () => {
    for (const label of HEAD_LABELS.emotion) {
      const display = EMOTION_DISPLAY[label];
      expect(display.name, label).toBeTruthy();
      expect(display.emoji, label).toBeTruthy();
      expect(display.color, label).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('says the names people use, lower-cased mid-sentence on request', () => {
    expect(emotionName('surprise')).toBe('Surprise & curiosity');
    expect(emotionName('surprise', { lower: true })).toBe('surprise & curiosity');
    expect(emotionName('neutral')).toBe('Calm');
  });
});
