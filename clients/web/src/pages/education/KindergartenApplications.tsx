import { EducationAcceptKindergartenOfferDocument, EducationCancelKindergartenApplicationDocument, EducationDeclineKindergartenOfferDocument, type EducationMineQuery } from '@eco/sdk';
import { useRequest } from '../../api/api';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import type { Act } from './act';
import { dayOf, moment } from './format';
import { educationMessages } from './messages';

type Application = NonNullable<NonNullable<EducationMineQuery['me']>['kindergartenApplications']>['edges'][number]['node'];

/** My kindergarten applications: where each stands in each chosen kindergarten's queue, or the offer. */
export function KindergartenApplications({ applications, act }: { applications: Application[]; act: Act }) {
  const t = useAreaMessages(educationMessages);
  const { locale } = useI18n();
  const request = useRequest();
  const input = (application: Application) => ({ input: { applicationId: application.id } });
  return (
    <section className="card" aria-labelledby="education-queue">
      <h2 id="education-queue">{t('kindergartenQueue')}</h2>
      {applications.length === 0 ? (
        <p>{t('noKindergartenApplications')}</p>
      ) : (
        <ul className="education-list">
          {applications.map((application) => (
            <li key={application.id}>
              <p>
                <strong>{t('kgEntry', { child: application.child.firstName, date: dayOf(application.submittedAt, locale) })}</strong>{' '}
                <span className={`status status-${application.status}`}>{t(`kgStatus.${application.status}`)}</span>
              </p>
              {application.status === 'QUEUED' && (
                <ul>
                  {application.queuePositions.map((place) => (
                    <li key={place.group.id}>{t('position', { number: place.kindergarten.number, group: place.group.name, position: place.position, total: place.total })}</li>
                  ))}
                </ul>
              )}
              {application.status === 'OFFERED' && application.offeredKindergarten && (
                <p>
                  {t('offer', {
                    name: application.offeredKindergarten.name,
                    group: application.offeredGroup?.name ?? '',
                    until: application.offerExpiresAt ? moment(application.offerExpiresAt, locale) : '',
                  })}
                </p>
              )}
              {application.status === 'ENROLLED' && application.offeredKindergarten && (
                <p>{t('enrolledIn', { name: application.offeredKindergarten.name, group: application.offeredGroup?.name ?? '' })}</p>
              )}
              {application.status === 'DECLINED' && application.closedReason === 'OFFER_EXPIRED' && <p className="hint">{t('offerExpired')}</p>}
              {(application.status === 'QUEUED' || application.status === 'OFFERED') && (
                <div className="actions">
                  {application.status === 'OFFERED' && (
                    <>
                      <button type="button" className="primary" onClick={() => act(async () => (await request(EducationAcceptKindergartenOfferDocument, input(application))).acceptKindergartenOffer?.userErrors, t('accepted'))}>
                        {t('accept')}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => act(async () => (await request(EducationDeclineKindergartenOfferDocument, input(application))).declineKindergartenOffer?.userErrors, t('declined'))}
                      >
                        {t('decline')}
                      </button>
                    </>
                  )}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => act(async () => (await request(EducationCancelKindergartenApplicationDocument, input(application))).cancelKindergartenApplication?.userErrors, t('cancelled'))}
                  >
                    {t('cancel')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
