import { EducationChoicesDocument, EducationKindergartenStatusChangedDocument, EducationMineDocument } from '@eco/sdk';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { useSubscription } from '../../api/live';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages } from '../../i18n/i18n';
import { KindergartenApplications } from './KindergartenApplications';
import { KindergartenForm } from './KindergartenForm';
import './education.css';
import { educationMessages } from './messages';
import { SchoolEnrollments } from './SchoolEnrollments';
import { SchoolForm } from './SchoolForm';
import type { Act } from './act';

/**
 * Kindergarten and first grade for my children: the queue position in each chosen kindergarten,
 * an offered place to accept or decline, applying; first-grade applications and their decisions.
 * The API decides every rule; its coded messages are shown as they come.
 */
export function EducationPage() {
  const t = useAreaMessages(educationMessages);
  const mine = useQuery(EducationMineDocument);
  const choices = useQuery(EducationChoicesDocument);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<unknown>(null);

  // Changes arrive live and the lists are read again; only what others did (an employee's offer,
  // an offer's expiry) is announced, so the answer to the parent's own action stays in view.
  useSubscription(EducationKindergartenStatusChangedDocument, {}, (event) => {
    const change = event.kindergartenApplicationStatusChanged;
    if (!change) return;
    if (change.to === 'OFFERED' || change.reason === 'OFFER_EXPIRED') setAnnouncement(t('statusChanged', { status: t(`kgStatus.${change.to}`) }));
    mine.reload();
  });

  const act: Act = async (run, done) => {
    setProblem(null);
    setAnnouncement('');
    try {
      const errors = await run();
      if (errors?.length) {
        setProblem(new Error(errors.map((error) => error.message).join('; ')));
        return false;
      }
      setAnnouncement(done);
      mine.reload();
      return true;
    } catch (error) {
      setProblem(error);
      return false;
    }
  };

  const me = mine.data?.me;
  const children = me?.children ?? [];
  return (
    <>
      <h1>{t('title')}</h1>
      <p role="status" aria-live="polite" className="success">
        {announcement}
      </p>
      <ErrorMessage error={problem ?? mine.error ?? choices.error} />
      {me && children.length === 0 && (
        <p>
          {t('noChildren')} <Link to="/profile">{t('toProfile')}</Link>
        </p>
      )}
      {me && (
        <>
          <KindergartenApplications applications={me.kindergartenApplications?.edges.map((edge) => edge.node) ?? []} act={act} />
          {children.length > 0 && <KindergartenForm children={children} kindergartens={choices.data?.kindergartens?.edges.map((edge) => edge.node) ?? []} act={act} />}
          <SchoolEnrollments enrollments={me.schoolEnrollments?.edges.map((edge) => edge.node) ?? []} />
          {children.length > 0 && <SchoolForm children={children} schools={choices.data?.schools?.edges.map((edge) => edge.node) ?? []} act={act} />}
        </>
      )}
    </>
  );
}
