/**
 * Topic names with the real teacher encoder (USE-lite in Node) and wink-nlp: planted clusters of
 * real-looking conversations must be named by their subject, never by stop-listed words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextEncoderPort } from '../encoder-port';
import { nodeEncoders } from '../node/node-encoders';
import { analyseAndNameTopics, type TopicConversation } from './index';
import { candidatePhrases, cutAtWord, DOMAIN_STOP_WORDS, isDefaultTitle, keywordLabel, representativeOf, retagDoQuestions, sentenceCase, titleLabel, untitleCase, winkTagger } from './naming';

interface Planted {
  subject: RegExp;
  chats: [title: string, prompt: string][];
}

/** Three subjects, six conversations each, written the way people write to an assistant. */
const PLANTED: Planted[] = [
  {
    subject: /email|newsletter/i,
    chats: [
      ['Garden Shop Email Campaign', 'Hi ChatGPT, can you help me write an email marketing campaign for my garden shop? We sell seeds, pots and tools.'],
      ['New chat', 'Please create a spring newsletter email for my garden centre customers with a 10% discount on tomato seedlings'],
      ['Email subject lines', 'Can you write 10 catchy email subject lines for a garden shop newsletter about our autumn bulb sale?'],
      ['Email marketing plan', 'I need help with email marketing for a small plant nursery, how often should I send newsletters to subscribers?'],
      ['New chat', 'write a welcome email sequence for people who sign up to my garden shop newsletter, three emails please'],
      ['Abandoned cart emails', 'Could you create an abandoned cart email for my online garden store? Customers leave compost and planters in the cart.'],
    ],
  },
  {
    subject: /blood sugar|diet|glucose/i,
    chats: [
      ['Blood Sugar Breakfast Ideas', 'What breakfast can I eat to keep my blood sugar stable? I was just told I am prediabetic.'],
      ['New chat', 'can you help me plan a low carb diet to lower my blood sugar, I am 52 and my doctor is worried'],
      ['Glucose spikes after lunch', 'Why does my blood sugar spike after lunch even when I eat a salad? Please explain glucose spikes.'],
      ['Diet for type 2 diabetes', 'Help me create a weekly meal plan for a type 2 diabetes diet that keeps blood sugar levels steady'],
      ['Fruit and blood sugar', 'Is fruit bad for blood sugar? I love bananas and mangoes but my glucose readings go up.'],
      ['New chat', 'what snacks are good for blood sugar control at night? my fasting glucose is high in the morning'],
    ],
  },
  {
    subject: /react|website|component/i,
    chats: [
      ['React Website Navbar', 'Can you help me make a responsive navbar for my React website? The menu should collapse on mobile.'],
      ['New chat', 'How do I create a contact form component in React for my portfolio website and send it with fetch?'],
      ['React Router pages', 'I want to add pages to my React website with React Router, how should I set up the routes?'],
      ['Website dark mode', 'Please write a React hook that toggles dark mode on my website and remembers it in localStorage'],
      ['Deploy React site', 'What is the easiest way to deploy a React website built with Vite to Netlify?'],
      ['React state bug', 'My React component does not re-render when I update the state array on my website, what am I doing wrong?'],
    ],
  },
];

function plantedConversations(): { conversations: TopicConversation[]; subjects: number[] } {
  const conversations: TopicConversation[] = [];
  const subjects: number[] = [];
  // Interleaved, so topic membership is not the input order.
  for (let i = 0; i < 6; i++) {
    PLANTED.forEach((planted, subject) => {
      const [title, prompt] = planted.chats[i]!;
      conversations.push({
        id: `s${subject}c${i}`,
        title,
        text: `${title}\n${prompt}`.slice(0, 300),
        keywordText: `${title}\n${prompt}`,
        month: `2025-0${1 + (i % 6)}`,
      });
      subjects.push(subject);
    });
  }
  return { conversations, subjects };
}

describe('topic naming with the teacher encoder', () => {
  let teacher: TextEncoderPort;
  let vectors: Float32Array;
  const { conversations, subjects } = plantedConversations();

  beforeAll(async () => {
    teacher = (await nodeEncoders()).teacher;
    vectors = await teacher.embed(conversations.map((c) => c.text!));
  }, 60_000);

  it('names each planted topic by its subject, never by a stop-listed word', async () => {
    const result = await analyseAndNameTopics({ vectors, conversations }, { embed: (texts) => teacher.embed(texts) });
    expect(result.clustering.k).toBe(3);
    expect(result.topics).toHaveLength(3);
    for (const topic of result.topics) {
      const members = conversations.map((_, i) => i).filter((i) => result.assignments[i] === topic.id);
      const subject = subjects[members[0]!]!;
      // The clusters are the planted subjects…
      expect(members.every((i) => subjects[i] === subject)).toBe(true);
      // …named by them, in a short phrase with a capital.
      expect(topic.label).toMatch(PLANTED[subject]!.subject);
      expect(result.names[topic.id]!.source).toBe('phrases');
      expect(topic.label.length).toBeLessThanOrEqual(32);
      expect(topic.label.split(' ').length).toBeLessThanOrEqual(4);
      expect(topic.label.charAt(0)).toBe(topic.label.charAt(0).toUpperCase());
      for (const word of topic.label.toLowerCase().split(/[^\p{L}']+/u)) expect(DOMAIN_STOP_WORDS.has(word)).toBe(false);
      expect(topic.label).not.toMatch(/ · /);
      // Two of each topic's chats are "New chat"; the representative has a real title.
      expect(isDefaultTitle(topic.representative.title)).toBe(false);
      expect(topic.representative.title).toBe(conversations.find((c) => c.id === topic.representative.conversationId)!.title);
    }
    expect(new Set(result.topics.map((t) => t.label)).size).toBe(3);
  }, 60_000);

  it('never names a topic of greetings and requests by them', async () => {
    const prompts = ['hi', 'thanks!', 'hello chatgpt', 'can you help me?', 'ok', 'write something', 'create a poem', 'please create a story', 'help', 'lets go', 'make it better', 'thanks, that works'];
    const chats: TopicConversation[] = prompts.map((prompt, i) => {
      const title = i % 2 ? 'New chat' : 'Untitled';
      return { id: `f${i}`, title, text: `${title}\n${prompt}`, keywordText: `${title}\n${prompt}`, month: null };
    });
    const result = await analyseAndNameTopics({ vectors: await teacher.embed(chats.map((c) => c.text!)), conversations: chats }, { embed: (texts) => teacher.embed(texts) });
    for (const topic of result.topics) {
      for (const word of topic.label.toLowerCase().split(/[^\p{L}']+/u)) expect(DOMAIN_STOP_WORDS.has(word), topic.label).toBe(false);
      // No chat has a real title: the first prompt stands in.
      expect(prompts).toContain(topic.representative.title);
    }
  }, 30_000);

  it('keeps one topic for a tiny export and still names it', async () => {
    const few = conversations.filter((_, i) => subjects[i] === 1).slice(0, 5);
    const rows = conversations.map((c, i) => (subjects[i] === 1 ? i : -1)).filter((i) => i >= 0).slice(0, 5);
    const dim = teacher.dimensions;
    const subset = new Float32Array(rows.length * dim);
    rows.forEach((row, i) => subset.set(vectors.subarray(row * dim, (row + 1) * dim), i * dim));
    const result = await analyseAndNameTopics({ vectors: subset, conversations: few }, { embed: (texts) => teacher.embed(texts) });
    expect(result.clustering.k).toBe(1);
    expect(result.topics[0]!.label).toMatch(PLANTED[1]!.subject);
  }, 30_000);
});

describe('naming helpers', () => {
  it('knows default titles', () => {
    for (const title of ['', '  ', 'New chat', 'New Chat', 'new conversation', 'Untitled', 'Untitled chat', 'Conversation', 'Chat 3', '(untitled)', '…']) {
      expect(isDefaultTitle(title), title).toBe(true);
    }
    for (const title of ['Chat app in Go', 'New York trip', 'Untitled Goose Game levels', 'Email marketing']) expect(isDefaultTitle(title), title).toBe(false);
  });

  it('picks the most central titled conversation, else the first prompt cut at a word', () => {
    const chats = [
      { title: 'New chat', keywordText: 'New chat\nHow do I keep sourdough starter alive while I travel for two weeks in August?' },
      { title: 'Sourdough starter care', keywordText: 'Sourdough starter care\nmy starter smells like acetone' },
    ];
    expect(representativeOf([0, 1], chats)).toEqual({ index: 1, title: 'Sourdough starter care', titled: true });
    const untitled = representativeOf([0], chats)!;
    expect(untitled.index).toBe(0);
    expect(untitled.title).toBe('How do I keep sourdough starter alive while I travel for…');
    expect(cutAtWord('short one')).toBe('short one');
  });

  it('extracts noun phrases, not verbs, function words or stop-listed words', async () => {
    const tagger = await winkTagger();
    const keys = (text: string) => candidatePhrases(tagger(text)).map((c) => c.key);
    const email = keys(untitleCase('Can you help me create an email marketing plan for my garden shop?'));
    expect(email).toEqual(expect.arrayContaining(['email', 'email marketing', 'email marketing plan', 'garden shop']));
    expect(email.some((key) => /\b(help|create|can|you|my)\b/.test(key))).toBe(false);
    expect(keys('Black holes for beginners')).toContain('black hole');
    // Questions: the tagger's "black holes form/NOUN", "compound/VERB interest work/NOUN".
    const question = (text: string) => candidatePhrases(retagDoQuestions(tagger(text))).map((c) => c.key);
    expect(question('How do black holes form?')).toEqual(['black hole', 'hole']);
    expect(question('Explain how black holes form like I am 12')).toEqual(['black hole', 'hole']);
    expect(question('How does compound interest work?')).toContain('compound interest');
    expect(question('why do central banks raise interest rates?')).toEqual(expect.arrayContaining(['central bank', 'interest rate']));
    expect(question('Why does my sourdough starter smell like acetone?')).toContain('sourdough starter');
    expect(question('Why does my sourdough starter smell like acetone?').some((key) => key.includes('smell'))).toBe(false);
    expect(question('What does a product manager do?')).toContain('product manager');
    expect(question('How do I handle debouncing a search input in React?')).toContain('search input');
    expect(keys('ChatGPT please write something new')).toEqual([]);
    expect(untitleCase('Heat Pump Subsidies In NRW')).toBe('heat pump subsidies in NRW');
    expect(sentenceCase('email marketing')).toBe('Email marketing');
    expect(sentenceCase('iPhone battery')).toBe('iPhone battery');
  });

  it('falls back to keywords, then a real title, without stop-listed words', () => {
    expect(keywordLabel(['chatgpt', 'create', 'sourdough', 'starter'])).toBe('Sourdough and starter');
    expect(keywordLabel(['chatgpt', 'help'])).toBeNull();
    expect(titleLabel('tax return checklist')).toBe('Tax return checklist');
    expect(titleLabel('Help with my taxes')).toBeNull();
    expect(titleLabel('New chat')).toBeNull();
  });
});
