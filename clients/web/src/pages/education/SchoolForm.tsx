import { EducationApplyForSchoolDocument, type EducationChoicesQuery, type EducationMineQuery, type SchoolPriorityRight } from '@eco/sdk';
import { useId, useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import type { Act } from './act';
import { ChildSelect } from './ChildSelect';
import { educationMessages } from './messages';

type Child = NonNullable<EducationMineQuery['me']>['children'][number];
type School = NonNullable<EducationChoicesQuery['schools']>['edges'][number]['node'];

const RIGHTS: SchoolPriorityRight[] = ['SIBLING', 'MILITARY_FAMILY', 'POLICE_FAMILY', 'JUSTICE_OFFICIAL_FAMILY'];

/** Applying for first grade: the child, the school, the registered address and any admission right. */
export function SchoolForm({ children, schools, act }: { children: Child[]; schools: School[]; act: Act }) {
  const t = useAreaMessages(educationMessages);
  const request = useRequest();
  const ids = { school: useId(), right: useId() };
  const [childId, setChildId] = useState('');
  const [schoolId, setSchoolId] = useState('');
  const [registeredAddress, setRegisteredAddress] = useState('');
  const [priorityRight, setPriorityRight] = useState<SchoolPriorityRight | ''>('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    await act(
      async () =>
        (await request(EducationApplyForSchoolDocument, { input: { childId, schoolId, registeredAddress: registeredAddress.trim() || null, priorityRight: priorityRight || null } })).applyForSchoolEnrollment
          ?.userErrors,
      t('appliedSchool'),
    );
    setBusy(false);
  }

  return (
    <form className="card" aria-labelledby="education-apply-school" onSubmit={submit}>
      <h2 id="education-apply-school">{t('applySchool')}</h2>
      <ChildSelect children={children} value={childId} onChange={setChildId} />
      <div className="field">
        <label htmlFor={ids.school}>{t('school')}</label>
        <select id={ids.school} required value={schoolId} onChange={(event) => setSchoolId(event.target.value)}>
          <option value="">{t('chooseSchool')}</option>
          {schools.map((school) => (
            <option key={school.id} value={school.id}>
              № {school.number} — {school.name}, {school.district}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('registeredAddress')} hint={t('registeredAddressHint')} value={registeredAddress} autoComplete="street-address" onChange={(event) => setRegisteredAddress(event.target.value)} />
      <div className="field">
        <label htmlFor={ids.right}>{t('priorityRight')}</label>
        <select id={ids.right} value={priorityRight} onChange={(event) => setPriorityRight(event.target.value as SchoolPriorityRight | '')}>
          <option value="">{t('right.NONE')}</option>
          {RIGHTS.map((right) => (
            <option key={right} value={right}>
              {t(`right.${right}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('submitSchool')}
      </button>
    </form>
  );
}
