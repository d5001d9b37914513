import { AccountAddChildDocument, type AccountChildFragment, type Sex } from '@eco/sdk';
import { useId, useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import { FormActions } from './FormActions';
import { profileMessages } from './messages';
import { useSave } from './use-save';

const FIELDS = ['lastName', 'firstName', 'middleName', 'birthDate', 'sex', 'birthCertificate.series', 'birthCertificate.number', 'birthCertificate.issueDate'] as const;
type ChildField = (typeof FIELDS)[number];

/** A child of the signed-in parent, with the birth certificate; the API checks names, dates and the certificate. */
export function AddChildForm({ onAdded, onCancel }: { onAdded: (child: AccountChildFragment) => void; onCancel: () => void }) {
  const t = useAreaMessages(profileMessages);
  const request = useRequest();
  const sexErrorId = useId();
  const { errors, problem, busy, save } = useSave(FIELDS);
  const [child, setChild] = useState<Record<Exclude<ChildField, 'sex'>, string>>({ lastName: '', firstName: '', middleName: '', birthDate: '', 'birthCertificate.series': '', 'birthCertificate.number': '', 'birthCertificate.issueDate': '' });
  const [sex, setSex] = useState<Sex | null>(null);
  const [sexMissing, setSexMissing] = useState(false);
  const sexError = errors.sex ?? (sexMissing && !sex ? t('child.sexRequired') : null);
  const field = (name: Exclude<ChildField, 'sex'>) => ({ value: child[name], onChange: (e: { target: { value: string } }) => setChild({ ...child, [name]: e.target.value }), error: errors[name] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    // GraphQL cannot carry an empty choice: the one check the form makes before asking the API.
    if (!sex) {
      setSexMissing(true);
      return;
    }
    let added: AccountChildFragment | null = null;
    const saved = await save(async () => {
      const input = {
        lastName: child.lastName,
        firstName: child.firstName,
        middleName: child.middleName.trim() || null,
        birthDate: child.birthDate,
        sex,
        birthCertificate: { series: child['birthCertificate.series'], number: child['birthCertificate.number'], issueDate: child['birthCertificate.issueDate'] },
      };
      const { addChild } = await request(AccountAddChildDocument, { input });
      added = addChild?.child ?? null;
      return addChild;
    });
    if (saved && added) onAdded(added);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('addChild')}>
      <div className="account-row">
        <TextField autoFocus label={t('child.lastName')} {...field('lastName')} autoComplete="off" required />
        <TextField label={t('child.firstName')} {...field('firstName')} autoComplete="off" required />
        <TextField label={t('child.middleName')} hint={t('child.middleNameHint')} {...field('middleName')} autoComplete="off" />
      </div>
      <TextField label={t('child.birthDate')} type="date" {...field('birthDate')} required />
      <fieldset className="profile-choices" aria-describedby={sexError ? sexErrorId : undefined}>
        <legend>{t('child.sex')}</legend>
        {(['MALE', 'FEMALE'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="child-sex" value={value} checked={sex === value} onChange={() => setSex(value)} /> {t(`sex.${value}`)}
          </label>
        ))}
        {sexError && (
          <span id={sexErrorId} className="error" role="alert">
            {sexError}
          </span>
        )}
      </fieldset>
      <fieldset className="profile-choices">
        <legend>{t('child.certificate')}</legend>
        <TextField label={t('child.certificateSeries')} hint={t('child.certificateSeriesHint')} {...field('birthCertificate.series')} autoComplete="off" required />
        <TextField label={t('child.certificateNumber')} {...field('birthCertificate.number')} inputMode="numeric" autoComplete="off" required />
        <TextField label={t('child.certificateIssueDate')} type="date" {...field('birthCertificate.issueDate')} required />
      </fieldset>
      <ErrorMessage error={problem} />
      <FormActions busy={busy} onCancel={onCancel} saveLabel={t('addChild')} />
    </form>
  );
}
