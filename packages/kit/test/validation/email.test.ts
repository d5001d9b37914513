import { emailProblem, MAX_EMAIL_LENGTH, normalizeEmail, parseEmail } from '../../src/validation/email';

describe('parseEmail', () => {
  it.each([
    ['ivan.petrov@mail.ru', 'ivan.petrov@mail.ru'],
    ['i.ivanov+gosuslugi@yandex.ru', 'i.ivanov+gosuslugi@yandex.ru'],
    // identity accepted IDN domains before the rules moved to the kit, and still does.
    ['ivan@почта.рф', 'ivan@почта.рф'],
    ['Иван@Почта.РФ', 'иван@почта.рф'],
    ['  Ivanov@Mail.RU\t', 'ivanov@mail.ru'],
    ['bounce@sandbox.gosuslugi.local', 'bounce@sandbox.gosuslugi.local'],
  ])('accepts %p as %p', (raw, stored) => {
    expect(parseEmail(raw)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['two dots in the domain', 'a@b..ru'],
    ['a dot first in the local part', '.a@b.ru'],
    ['a dot last in the local part', 'a.@b.ru'],
    ['two dots in the local part', 'ivan..petrov@mail.ru'],
    ['no top-level domain', 'a@b'],
    ['a one-letter top-level domain', 'a@b.c'],
    ['a hyphen at the end of a label', 'a@b-.ru'],
    ['a trailing dot', 'a@b.ru.'],
    ['an IP address for a domain', 'a@1.2.3.4'],
    ['no local part', '@mail.ru'],
    ['no domain', 'ivan@'],
    ['no @', 'ivan.petrov'],
    ['two @', 'a@b@c.ru'],
    ['a space inside', 'ivan petrov@mail.ru'],
    ['a quoted space', '"ivan petrov"@mail.ru'],
    ['a no-break space', 'ivan\u00a0petrov@mail.ru'],
    ['a NUL', 'ivan\u0000@mail.ru'],
    ['a line break', 'ivan@mail.ru\nBcc: x@y.ru'],
    ['a zero-width space', 'iv\u200ban@mail.ru'],
    ['a right-to-left override', 'ivan\u202e@mail.ru'],
    ['empty', ''],
    ['only spaces', '   '],
  ])('refuses %s (%p) with INVALID_EMAIL', (_label, raw) => {
    expect(parseEmail(raw)).toEqual({ ok: false, code: 'INVALID_EMAIL' });
  });

  it('refuses addresses longer than the SMTP limit, however they are split', () => {
    const local = 'a'.repeat(64);
    const label = 'b'.repeat(60);
    const domainOfLength = (n: number) => `${label}.${label}.${label}.${'c'.repeat(n - 3 * 61 - 3)}.ru`;
    const longest = `${local}@${domainOfLength(MAX_EMAIL_LENGTH - 65)}`;
    expect(longest).toHaveLength(MAX_EMAIL_LENGTH);
    expect(parseEmail(longest)).toEqual({ ok: true, value: longest });
    const tooLong = `${local}@${domainOfLength(MAX_EMAIL_LENGTH - 64)}`;
    expect(tooLong).toHaveLength(MAX_EMAIL_LENGTH + 1);
    expect(parseEmail(tooLong)).toEqual({ ok: false, code: 'INVALID_EMAIL' });
    expect(parseEmail(`${'a'.repeat(65)}@mail.ru`)).toEqual({ ok: false, code: 'INVALID_EMAIL' });
    expect(parseEmail(`${'a'.repeat(10_000)}@mail.ru`)).toEqual({ ok: false, code: 'INVALID_EMAIL' });
  });
});

describe('emailProblem and normalizeEmail', () => {
  it('checks the address exactly as given: callers that do not normalize see stray spaces refused', () => {
    expect(emailProblem('ivan@mail.ru')).toBeNull();
    expect(emailProblem(' ivan@mail.ru')).toBe('INVALID_EMAIL');
  });

  it('normalizes to one spelling per mailbox (trimmed, NFC, lower case)', () => {
    // "й" typed as и + combining breve and as one code point are the same letter.
    expect(normalizeEmail(' Ва\u0438\u0306@Mail.RU ')).toBe(normalizeEmail('ва\u0439@mail.ru'));
    expect(normalizeEmail(' Ва\u0438\u0306@Mail.RU ')).toBe('ва\u0439@mail.ru');
  });
});
