import { EducationApplyForKindergartenDocument, type EducationChoicesQuery, type EducationMineQuery } from '@eco/sdk';
import { useId, useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { useAreaMessages } from '../../i18n/i18n';
import type { Act } from './act';
import { ChildSelect } from './ChildSelect';
import { educationMessages } from './messages';

type Child = NonNullable<EducationMineQuery['me']>['children'][number];
type Kindergarten = NonNullable<EducationChoicesQuery['kindergartens']>['edges'][number]['node'];

const RANKS = [1, 2, 3] as const;

/** Joining the queue: a child, one to three kindergartens in order of preference, a start date. */
export function KindergartenForm({ children, kindergartens, act }: { children: Child[]; kindergartens: Kindergarten[]; act: Act }) {
  const t = useAreaMessages(educationMessages);
  const request = useRequest();
  const ids = { date: useId(), choices: [useId(), useId(), useId()] };
  const [childId, setChildId] = useState('');
  const [choices, setChoices] = useState<string[]>(['', '', '']);
  const [desiredStartDate, setDesiredStartDate] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const kindergartenIds = choices.filter(Boolean);
    const filed = await act(
      async () => (await request(EducationApplyForKindergartenDocument, { input: { childId, kindergartenIds, desiredStartDate, benefitCategory: 'NONE' } })).applyForKindergarten?.userErrors,
      t('appliedKindergarten'),
    );
    setBusy(false);
    if (filed) setChoices(['', '', '']);
  }

  return (
    <form className="card" aria-labelledby="education-apply-kindergarten" onSubmit={submit}>
      <h2 id="education-apply-kindergarten">{t('applyKindergarten')}</h2>
      <ChildSelect children={children} value={childId} onChange={setChildId} />
      {RANKS.map((rank, i) => (
        <div className="field" key={rank}>
          <label htmlFor={ids.choices[i]}>
            {t('choice', { rank })}
            {rank > 1 && <span className="hint"> ({t('optional')})</span>}
          </label>
          <select id={ids.choices[i]} required={rank === 1} value={choices[i]} onChange={(event) => setChoices((previous) => previous.map((value, j) => (j === i ? event.target.value : value)))}>
            <option value="">{t('chooseKindergarten')}</option>
            {kindergartens.map((kindergarten) => (
              <option key={kindergarten.id} value={kindergarten.id}>
                № {kindergarten.number} — {kindergarten.name}, {kindergarten.district}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field">
        <label htmlFor={ids.date}>{t('desiredStartDate')}</label>
        <input id={ids.date} type="date" required value={desiredStartDate} onChange={(event) => setDesiredStartDate(event.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('submitKindergarten')}
      </button>
    </form>
  );
}
