'use client';
/**
 * "Play my Wrapped": reads each slide aloud with the Web Speech API and follows the story —
 * a new slide cancels the old sentence and reads the new one, pause stops the voice (resume
 * reads the slide again), and the slide moves on when the narrator has finished it.
 * The voice choice is stored in the settings table.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { db } from '@/lib/store/db';
import { NARRATION_VOICE_KEY } from '@/lib/store/settings';
import type { StoryPlayer } from '../useStoryPlayer';
import { slideSpeech } from './slide-speech';

/** A voice that never starts is as good as none (headless browsers, missing speech engines). */
const START_TIMEOUT_MS = 3000;

export interface Narration {
  supported: boolean;
  active: boolean;
  voices: SpeechSynthesisVoice[];
  voiceURI: string | null;
  /** Text being read, for the progress bar's duration. */
  speaking: string | null;
  error: string | null;
  setVoice: (voiceURI: string) => void;
  start: () => void;
  stop: () => void;
}

const voiceKey = ['narration-voice'] as const;

function useVoices(supported: boolean): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    if (!supported) return;
    const load = () => setVoices(window.speechSynthesis.getVoices());
    load();
    window.speechSynthesis.addEventListener('voiceschanged', load);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', load);
  }, [supported]);
  return voices;
}

export function useNarration(player: StoryPlayer, currentSlide: RefObject<HTMLElement | null>): Narration {
  const [supported] = useState(() => typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window);
  const voices = useVoices(supported);
  const queryClient = useQueryClient();
  const { data: voiceURI = null } = useQuery({
    queryKey: voiceKey,
    queryFn: async () => ((await db().settings.get(NARRATION_VOICE_KEY))?.value as string | undefined) ?? null,
    enabled: supported,
  });
  const [active, setActive] = useState(false);
  const [speaking, setSpeaking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ player, voices, voiceURI });
  latest.current = { player, voices, voiceURI };

  const stop = useCallback(() => {
    setActive(false);
    setSpeaking(null);
    if (supported) window.speechSynthesis.cancel();
  }, [supported]);

  const start = useCallback(() => {
    if (!supported) return;
    setError(null);
    setActive(true);
    if (latest.current.player.userPaused) latest.current.player.togglePause();
  }, [supported]);

  const setVoice = useCallback(
    (uri: string) => {
      queryClient.setQueryData(voiceKey, uri);
      void db().settings.put({ key: NARRATION_VOICE_KEY, value: uri });
    },
    [queryClient],
  );

  const { index, paused, atEnd } = player;
  useEffect(() => {
    if (!active || paused) return;
    const slide = currentSlide.current;
    const text = slide ? slideSpeech(slide) : '';
    if (!text) return;
    const synth = window.speechSynthesis;
    const utterance = new SpeechSynthesisUtterance(text);
    const { voices: available, voiceURI: chosen } = latest.current;
    const voice = available.find((candidate) => candidate.voiceURI === chosen);
    if (voice) utterance.voice = voice;
    let started = false;
    let cancelled = false;
    const watchdog = setTimeout(() => {
      if (started || cancelled) return;
      synth.cancel();
      setError('This browser has no speech voice available, so the story plays without narration.');
      setActive(false);
    }, START_TIMEOUT_MS);
    utterance.onstart = () => {
      started = true;
    };
    utterance.onend = () => {
      if (cancelled) return;
      setSpeaking(null);
      if (atEnd) setActive(false);
      else latest.current.player.next();
    };
    utterance.onerror = (event) => {
      if (cancelled || event.error === 'interrupted' || event.error === 'canceled') return;
      setError(`Narration stopped: the speech engine reported “${event.error}”.`);
      setActive(false);
    };
    synth.cancel();
    setSpeaking(text);
    synth.speak(utterance);
    return () => {
      cancelled = true;
      clearTimeout(watchdog);
      synth.cancel();
    };
  }, [active, paused, index, atEnd, currentSlide]);

  // Leaving the page silences the narrator.
  useEffect(() => stop, [stop]);

  return { supported, active, voices, voiceURI, speaking: active ? speaking : null, error, setVoice, start, stop };
}
