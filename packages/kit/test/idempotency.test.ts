import { IDEMPOTENCY_CODES, IDEMPOTENCY_MESSAGES, idempotencyKeyProblem, idempotencyReuseProblem, MAX_IDEMPOTENCY_KEY_LENGTH } from '../src/errors/idempotency';

describe('idempotency keys (one rule for every subgraph)', () => {
  it('takes 1 to 255 characters, not only spaces, exactly as sent', () => {
    for (const key of ['k', ' k ', 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH), '0b6f7c1e-5a3d-4c1b-9f5e-2d7a8e9c0f11']) {
      expect(idempotencyKeyProblem(key)).toBeNull();
    }
    for (const key of ['', '   ', '\t\n', 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1)]) {
      expect(idempotencyKeyProblem(key)).toEqual({ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_INVALID', params: { max: 255 } });
    }
  });

  it('refuses the key for a different request only', () => {
    expect(idempotencyReuseProblem('hash-a', 'hash-a')).toBeNull();
    expect(idempotencyReuseProblem('hash-a', 'hash-b')).toEqual({ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('has a Russian and an English message for each code', () => {
    expect(IDEMPOTENCY_CODES).toEqual(['IDEMPOTENCY_KEY_INVALID', 'IDEMPOTENCY_KEY_REUSED']);
    for (const code of IDEMPOTENCY_CODES) expect(IDEMPOTENCY_MESSAGES[code]).toEqual({ ru: expect.any(String), en: expect.any(String) });
  });
});
