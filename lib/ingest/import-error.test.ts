import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ImportError, isQuotaError, serializeError } from './import-error';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota errors', () => {
  it('are recognised bare and in every form Dexie wraps them', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('2 of 400 operations failed', { 3: quota() }))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Dexie.BulkError('failed', { 0: quota() })))).toBe(true);
  });

  it('are not confused with other failures', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new DOMException('x', 'ConstraintError')))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('reach the UI as storage_full with what to do, wherever in the import they were thrown', () => {
    const shown = serializeError(new Dexie.AbortError('Transaction aborted', quota()));
    expect(shown.code).toBe('storage_full');
    expect(shown.hint).toMatch(/delete an older import/);
    expect(serializeError(new ImportError('too_large', 'big', 'split it')).code).toBe('too_large');
    expect(serializeError(new TypeError('boom'))).toMatchObject({ code: 'internal', message: expect.stringContaining('boom') });
  });
});

describe('out-of-memory errors', () => {
  const thrown = (allocate: () => unknown) => {
    try {
      allocate();
    } catch (error) {
      return error;
    }
    throw new Error('allocation succeeded');
  };

  it('reach the UI as out_of_memory instead of an internal error', () => {
    for (const error of [thrown(() => new ArrayBuffer(Number.MAX_SAFE_INTEGER)), thrown(() => 'x'.repeat(2 ** 30))]) {
      expect(serializeError(error)).toMatchObject({ code: 'out_of_memory', message: expect.stringContaining('ran out of memory'), hint: expect.stringContaining('Close other tabs') });
    }
    expect(serializeError(thrown(() => new Array(-1))).code).toBe('internal');
  });
});
