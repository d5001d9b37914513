import type { EducationMineQuery } from '@eco/sdk';
import { useId } from 'react';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { calendarDay } from './format';
import { educationMessages } from './messages';

type Child = NonNullable<EducationMineQuery['me']>['children'][number];

/** One of my children, named with the birth date (the API matches age groups and rules on it). */
export function ChildSelect({ children, value, onChange }: { children: Child[]; value: string; onChange(childId: string): void }) {
  const t = useAreaMessages(educationMessages);
  const { locale } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('child')}</label>
      <select id={id} required value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('chooseChild')}</option>
        {children.map((child) => (
          <option key={child.id} value={child.id}>
            {child.lastName} {child.firstName}, {calendarDay(child.birthDate, locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
