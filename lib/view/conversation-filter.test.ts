import { describe, expect, it } from 'vitest';
import { dateInputToMs, matchesConversation, normalizeFilters, searchTerms } from './conversation-filter';

const row = {
  searchText: 'rust borrow checker\nhow do lifetimes work',
  models: ['gpt-4o', 'o3-mini'],
  kinds: ['text', 'code'] as const,
  hasCode: true,
  createdAt: Date.UTC(2026, 2, 14),
};

describe('conversation filters', () => {
  it('splits search into lower-cased terms', () => {
    expect(searchTerms('  Rust   LIFETIMES ')).toEqual(['rust', 'lifetimes']);
  });

  it('normalizes filters so equal filters compare equal', () => {
    expect(normalizeFilters({ search: ' ', model: '', kind: null, hasCode: false })).toEqual({});
    expect(normalizeFilters({ search: 'A  b', hasCode: true, from: 5 })).toEqual({ search: 'a b', hasCode: true, from: 5 });
  });

  it('matches every term, model, kind, code and date bound', () => {
    const r = { ...row, kinds: [...row.kinds], models: [...row.models] };
    expect(matchesConversation(r, { search: 'rust lifetimes' })).toBe(true);
    expect(matchesConversation(r, { search: 'rust python' })).toBe(false);
    expect(matchesConversation(r, { model: 'o3' })).toBe(false);
    expect(matchesConversation(r, { model: 'o3-mini' })).toBe(true);
    expect(matchesConversation(r, { kind: 'image' })).toBe(false);
    expect(matchesConversation(r, { kind: 'code', hasCode: true })).toBe(true);
    expect(matchesConversation(r, { from: Date.UTC(2026, 2, 15) })).toBe(false);
    expect(matchesConversation(r, { to: Date.UTC(2026, 2, 14) })).toBe(false);
    expect(matchesConversation({ ...r, createdAt: null }, { from: 0 })).toBe(false);
    expect(matchesConversation({ ...r, createdAt: null }, {})).toBe(true);
  });

  it('reads date inputs as local days', () => {
    expect(dateInputToMs('2026-03-14', 'start')).toBe(new Date(2026, 2, 14).getTime());
    expect(dateInputToMs('2026-03-14', 'end')).toBe(new Date(2026, 2, 15).getTime());
    expect(dateInputToMs('', 'start')).toBeNull();
  });
});
