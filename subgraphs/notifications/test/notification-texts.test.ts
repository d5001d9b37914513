import { APPLICATION_STATUSES, type PayloadOf, type applicationStatusChanged } from '@eco/kit';
import { applicationStatusChangedHandler } from '../src/events/handlers/application-status-changed';
import { applicationStatusTexts } from '../src/events/handlers/application-status-texts';
import { MAX_COMMENT_LENGTH } from '../src/events/handlers/payload-values';
import { CITIZEN, statusChanged } from './support/events';

describe('application status notification texts', () => {
  it.each([
    ['SUBMITTED', 'Заявление 2026-000123: отправлено в ведомство', 'Application 2026-000123: submitted'],
    ['REGISTERED', 'Заявление 2026-000123: зарегистрировано', 'Application 2026-000123: registered'],
    ['IN_PROGRESS', 'Заявление 2026-000123: принято в работу', 'Application 2026-000123: in progress'],
    ['INFO_REQUESTED', 'Заявление 2026-000123: нужны дополнительные сведения', 'Application 2026-000123: more information needed'],
    ['COMPLETED', 'Заявление 2026-000123: услуга оказана', 'Application 2026-000123: completed'],
    ['REJECTED', 'Заявление 2026-000123: отказ', 'Application 2026-000123: rejected'],
    ['WITHDRAWN', 'Заявление 2026-000123: отозвано', 'Application 2026-000123: withdrawn'],
  ] as const)('%s has its own title in Russian and English', (status, ru, en) => {
    const texts = applicationStatusTexts('2026-000123', status, null);
    expect(texts.title).toEqual({ ru, en });
    expect(texts.body.ru).toMatch(/[а-яё]/i);
    expect(texts.body.en).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('gives every status a different text', () => {
    const titles = APPLICATION_STATUSES.map((status) => applicationStatusTexts('1', status, null).title.ru);
    const bodies = APPLICATION_STATUSES.map((status) => applicationStatusTexts('1', status, null).body.en);
    expect(new Set(titles).size).toBe(APPLICATION_STATUSES.length);
    expect(new Set(bodies).size).toBe(APPLICATION_STATUSES.length);
  });

  it("shows the department's comment where the applicant must read it, and nowhere else", () => {
    const info = applicationStatusTexts('2026-000007', 'INFO_REQUESTED', 'Приложите скан паспорта');
    expect(info.body.ru).toContain('Комментарий ведомства: Приложите скан паспорта');
    expect(info.body.en).toContain("Department's comment: Приложите скан паспорта");
    const rejected = applicationStatusTexts('2026-000007', 'REJECTED', 'Неполный комплект документов');
    expect(rejected.body.ru).toContain('Неполный комплект документов');
    expect(applicationStatusTexts('2026-000007', 'COMPLETED', 'internal note').body.ru).not.toContain('internal note');
    const long = applicationStatusTexts('1', 'REJECTED', 'x'.repeat(2000)).body.ru;
    expect(long.length).toBeLessThan(MAX_COMMENT_LENGTH + 200);
  });

  it('turns an event into one notification for the applicant', () => {
    const event = statusChanged({ to: 'IN_PROGRESS', from: 'REGISTERED', number: '2026-000123' });
    expect(applicationStatusChangedHandler.notificationsFor(event.payload as PayloadOf<typeof applicationStatusChanged>, event)).toEqual([
      {
        userId: CITIZEN,
        title: { ru: 'Заявление 2026-000123: принято в работу', en: 'Application 2026-000123: in progress' },
        body: expect.objectContaining({ ru: expect.any(String), en: expect.any(String) }),
      },
    ]);
  });
});
