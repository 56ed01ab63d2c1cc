import { describe, expect, it } from 'vitest';
import { ACHIEVEMENT_RULES, FALLBACK_PERSONA, PERSONA_RULES } from '../persona';
import { formatDay, formatHour, formatMonth, formatNumber, formatPercent, WEEKDAYS } from '../view/format';
import type { SharePayload } from './payload';
import { describeRemoved, scrubPayload, scrubText } from './scrub';

const scrubbed = (text: string) => scrubText(text).text;
const kept = (text: string) => expect(scrubText(text)).toEqual({ text, removed: [] });

describe('scrubText: emails', () => {
  it.each([
    ['write to canary.person@example.com today', 'write to [email] today'],
    ['Mail: a+b_c-d@mail.sub.example.co.uk.', 'Mail: [email].'],
    ['<josé@correo.es>', '<[email]>'],
  ])('%s', (input, output) => expect(scrubbed(input)).toBe(output));

  it('counts each address once, not as a link too', () => {
    expect(scrubText('x@a.io and y@b.com')).toEqual({ text: '[email] and [email]', removed: [{ kind: 'email', count: 2 }] });
  });
});

describe('scrubText: links', () => {
  it.each([
    ['see https://canary.example/secret?x=1#top.', 'see [link].'],
    ['(http://localhost:3000/api)', '([link])'],
    ['ftp://files.example.org/a.zip', '[link]'],
    ['go to www.example.net/path, then', 'go to [link], then'],
    ['bare example.com/path/to?q=1 works', 'bare [link] works'],
    ['and shop.example.co.uk too', 'and [link] too'],
    ['Visit Example.COM!', 'Visit [link]!'],
    ['my-site.dev', '[link]'],
  ])('%s', (input, output) => expect(scrubbed(input)).toBe(output));

  it.each(['main.py and lib.rs and README.md', 'next.js, node.js and socket programming', 'ASP.NET Core', 'e.g. this, i.e. that', 'pandas.DataFrame', 'MANIFEST.in', 'v1.2.3 and 3.14'])(
    'keeps "%s"',
    kept,
  );
});

describe('scrubText: IP addresses', () => {
  it.each([
    ['ssh to 192.168.1.20 now', 'ssh to [IP address] now'],
    ['DNS 8.8.8.8.', 'DNS [IP address].'],
    ['v6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 and fe80::1 and ::1', 'v6 [IP address] and [IP address] and [IP address]'],
  ])('%s', (input, output) => expect(scrubbed(input)).toBe(output));

  it.each(['at 12:30:45 sharp', 'std::vector and Foo::bar', '1.2.3', '999.1.1.1 is not an address', 'ratio 16:9'])('keeps "%s"', kept);
});

describe('scrubText: phone numbers', () => {
  it.each([
    ['+1 415 555 0199', '[phone]'],
    ['call +44 (0)20 7946 0958 now', 'call [phone] now'],
    ['+33 1 23 45 67 89', '[phone]'],
    ['+49-30-1234567', '[phone]'],
    ['+14155550199', '[phone]'],
    ['(415) 555-0199', '[phone]'],
    ['415-555-0199', '[phone]'],
    ['415.555.0199', '[phone]'],
    ['415 555 0199', '[phone]'],
    ['1-800-555-0199', '[phone]'],
    ['office 020 7946 0958', 'office [phone]'],
    ['06 12 34 56 78', '[phone]'],
    ['call me on 5550199', 'call me on [phone]'],
    ['WhatsApp: 4155550199', 'WhatsApp: [phone]'],
  ])('%s', (input, output) => expect(scrubbed(input)).toBe(output));

  it.each([
    'In 2026 you sent 12,408 messages',
    '45% of prompts, up 3.5% from 2025',
    'from 2019-2026, and 1999–2026',
    'on 2026-03-14 at 11:30',
    '03.14.2026 and 14/03/2026',
    'between 10-20 and 100-2000 words',
    'a 1,234,567 token year',
    'π is 3.14159265358',
    '12 408 words, 365 days',
    'Top model gpt-4o-2024-08-06, then claude-3-5-sonnet-20241022',
    'a 1763912345 epoch',
  ])('keeps "%s"', kept);
});

describe('scrubText: names', () => {
  it.each([
    ['Rosalind Canary asked', '[name] asked'],
    ['ask Sarah about it', 'ask [name] about it'],
    ["Priya's notes", "[name]'s notes"],
    ['Dear José, thanks', 'Dear [name], thanks'],
    ['my friend Zbigniew Brzęczyszczykiewicz said hi', 'my friend [name] said hi'],
    ['My boss, Ola helped', 'My boss, [name] helped'],
    ['our client Grace wants', 'our client [name] wants'],
    ['Dr. Okonkwo and Prof Ngata', '[name] and [name]'],
    ['ping @jane_doe42 on it', 'ping [name] on it'],
    ['Sarah and Tom met Anne-Marie', '[name] and [name] met [name]-[name]'],
    ['emailed Ahmed in March', 'emailed [name] in March'],
  ])('%s', (input, output) => expect(scrubbed(input)).toBe(output));

  it('counts a given name and its surname as one name', () => {
    expect(scrubText('Rosalind Canary and Tom').removed).toEqual([{ kind: 'name', count: 2 }]);
  });

  it.each([
    'my friend said hello',
    'my boss The Night Owl Coder',
    'Will you May or June? Grace, Hope and Joy in April and August.',
    'python · pandas',
    'Claude, Gemini, Julia, Ruby and Ada',
    'Jan 3, 2026 – Nov 28, 2026',
    'Paris, Austin and Sydney',
    'you@ 2026',
  ])('keeps "%s"', kept);

  it("keeps the app's persona names, achievements, months, weekdays and formatted numbers", () => {
    const own = [
      ...[...PERSONA_RULES, FALLBACK_PERSONA].map((rule) => rule.name),
      ...ACHIEVEMENT_RULES.flatMap((rule) => [rule.title, rule.description]),
      ...Array.from({ length: 12 }, (_, month) => formatMonth(`2026-${String(month + 1).padStart(2, '0')}`)),
      ...Array.from({ length: 12 }, (_, month) => formatDay(`2026-${String(month + 1).padStart(2, '0')}-14`)),
      ...WEEKDAYS,
      ...Array.from({ length: 24 }, (_, hour) => formatHour(hour)),
      formatNumber(12408),
      formatNumber(1234567),
      formatPercent(0.37),
    ];
    for (const text of own) kept(text);
  });
});

describe('scrubText: everything at once', () => {
  it('scrubs a hostile sentence and reports what it took, kind by kind', () => {
    const result = scrubText('Rosalind Canary (+1 415 555 0199, canary.person@example.com) posted https://canary.example/secret from 10.0.0.7 for @canary');
    expect(result.text).toBe('[name] ([phone], [email]) posted [link] from [IP address] for [name]');
    expect(result.removed).toEqual([
      { kind: 'email', count: 1 },
      { kind: 'url', count: 1 },
      { kind: 'ip', count: 1 },
      { kind: 'phone', count: 1 },
      { kind: 'name', count: 2 },
    ]);
  });

  it('is idempotent', () => {
    const once = scrubbed('Sarah at sarah@x.com, +1 415 555 0199, www.x.com, 1.2.3.4');
    expect(scrubText(once)).toEqual({ text: once, removed: [] });
  });
});

describe('scrubPayload', () => {
  const payload: SharePayload = {
    v: 1,
    title: 'My 2026 with AI',
    period: '2026',
    style: 'neon',
    palette: ['#000000', '#ffffff'],
    tagline: 'A year of pandas with Sarah',
    persona: { name: 'The Night Owl Coder', emoji: '🦉', description: 'Up late emailing boss@corp.com' },
    stats: [{ label: 'messages sent', value: '12,408' }],
    topics: [{ label: 'call 415-555-0199', share: 0.4 }],
    emotions: [{ label: 'joy', share: 0.5 }],
    insights: ['Tom came up twice', 'www.secret.io was busy'],
    achievements: [{ title: 'Night Owl', blurb: 'Ask Priya Patel' }],
  };

  it('scrubs every string field and tallies the kinds across the payload', () => {
    const result = scrubPayload(payload);
    expect(result.payload).toEqual({
      ...payload,
      tagline: 'A year of pandas with [name]',
      persona: { name: 'The Night Owl Coder', emoji: '🦉', description: 'Up late emailing [email]' },
      topics: [{ label: 'call [phone]', share: 0.4 }],
      insights: ['[name] came up twice', '[link] was busy'],
      achievements: [{ title: 'Night Owl', blurb: 'Ask [name]' }],
    });
    expect(result.removed).toEqual([
      { kind: 'email', count: 1 },
      { kind: 'url', count: 1 },
      { kind: 'phone', count: 1 },
      { kind: 'name', count: 3 },
    ]);
  });

  it('leaves absent fields absent', () => {
    const minimal: SharePayload = { v: 1, title: 'My AI, all time', period: 'All time', style: 'plasma', palette: ['#000000', '#111111'] };
    expect(scrubPayload(minimal)).toEqual({ payload: minimal, removed: [] });
  });
});

describe('describeRemoved', () => {
  it('says what went in plain words', () => {
    expect(describeRemoved([])).toBe('');
    expect(describeRemoved([{ kind: 'email', count: 1 }])).toBe('1 email address');
    expect(describeRemoved([{ kind: 'email', count: 1 }, { kind: 'name', count: 2 }])).toBe('1 email address and 2 names');
    expect(describeRemoved([{ kind: 'url', count: 3 }, { kind: 'phone', count: 1 }, { kind: 'name', count: 1 }])).toBe('3 links, 1 phone number, and 1 name');
  });
});
