import { describe, expect, it } from 'vitest';
import { readCachedRegistryHeads, registryUpdates, type RegistryListing } from './registry';

const listing: RegistryListing = {
  models: [
    {
      name: 'sentiment',
      versions: [
        { version: 3, deployed: false, encoderId: 'use-lite', weightsUrl: '/w/sentiment/3' },
        { version: 2, deployed: true, encoderId: 'use-lite', weightsUrl: '/w/sentiment/2' },
      ],
    },
    { name: 'emotion', versions: [{ version: 1, deployed: false, encoderId: 'use-lite', weightsUrl: '/w/emotion/1' }] },
    { name: 'my-categories', versions: [{ version: 4, deployed: true, encoderId: 'use-lite', weightsUrl: '/w/my/4' }] },
  ],
};

describe('registryUpdates', () => {
  it('takes the deployed version of shipped heads only', () => {
    expect(registryUpdates(listing, {})).toEqual([{ head: 'sentiment', version: 2, weightsUrl: '/w/sentiment/2' }]);
  });

  it('skips a head this browser already has at that version, and fetches a newly deployed one', () => {
    const cached = { sentiment: { version: 2, fetchedAt: '2026-11-01T00:00:00Z', file: {} } };
    expect(registryUpdates(listing, cached)).toEqual([]);
    expect(registryUpdates(listing, { sentiment: { ...cached.sentiment, version: 1 } })).toHaveLength(1);
  });
});

describe('readCachedRegistryHeads', () => {
  it('keeps well-formed entries and drops the rest', () => {
    const file = { head: 'sentiment' };
    expect(readCachedRegistryHeads({ sentiment: { version: 2, fetchedAt: 'x', file }, emotion: { version: 'two' }, bogus: {} })).toEqual({
      sentiment: { version: 2, fetchedAt: 'x', file },
    });
    expect(readCachedRegistryHeads(null)).toEqual({});
  });
});
