import type { EducationMineQuery } from '@eco/sdk';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { dayOf } from './format';
import { educationMessages } from './messages';

type Enrollment = NonNullable<NonNullable<EducationMineQuery['me']>['schoolEnrollments']>['edges'][number]['node'];

/** My first-grade applications and the school's decision (with its reasons, when given). */
export function SchoolEnrollments({ enrollments }: { enrollments: Enrollment[] }) {
  const t = useAreaMessages(educationMessages);
  const { locale } = useI18n();
  return (
    <section className="card" aria-labelledby="education-school">
      <h2 id="education-school">{t('schoolTitle')}</h2>
      {enrollments.length === 0 ? (
        <p>{t('noEnrollments')}</p>
      ) : (
        <ul className="education-list">
          {enrollments.map((enrollment) => (
            <li key={enrollment.id}>
              <p>
                <strong>{t('enrollmentEntry', { child: enrollment.child.firstName, number: enrollment.school.number, year: enrollment.campaignYear, date: dayOf(enrollment.submittedAt, locale) })}</strong>{' '}
                ({t(`basis.${enrollment.basis}`)}) <span className={`status status-${enrollment.status}`}>{t(`schoolStatus.${enrollment.status}`)}</span>
              </p>
              {enrollment.decidedAt && (
                <p className="hint">
                  {t('decidedAt', { date: dayOf(enrollment.decidedAt, locale) })}
                  {enrollment.comment && <>: {enrollment.comment}</>}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
