import type { AccountIdentityDocumentsFragment } from '@eco/sdk';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useAreaMessages, useI18n } from '../../i18n/i18n';

import type { DocumentFormProps } from './document-form';
import { DriverLicenceForm } from './DriverLicenceForm';
import { InnForm } from './InnForm';
import { maskDriverLicence, maskInn, maskPassport, maskSnils } from './masking';
import { profileMessages, type ProfileKey } from './messages';
import { PassportForm } from './PassportForm';
import { SnilsForm } from './SnilsForm';
import { date } from '../../i18n/format';

type Kind = 'snils' | 'inn' | 'passport' | 'driverLicence';
const FORMS: Record<Kind, ComponentType<DocumentFormProps>> = { snils: SnilsForm, inn: InnForm, passport: PassportForm, driverLicence: DriverLicenceForm };
const KINDS: Kind[] = ['snils', 'inn', 'passport', 'driverLicence'];

/**
 * Identity documents: each shown partly hidden (the owner may reveal them), each added or
 * replaced through its own form; the API validates and answers field by field.
 */
export function DocumentsSection({ documents: initial, announce }: { documents: AccountIdentityDocumentsFragment | null; announce: (text: string) => void }) {
  const t = useAreaMessages(profileMessages);
  const { locale } = useI18n();
  const [documents, setDocuments] = useState(initial);
  const [editing, setEditing] = useState<Kind | null>(null);
  const [revealed, setRevealed] = useState(false);
  // A closed form gives the focus back to the button that opened it, not to the page's start.
  const openers = useRef<Partial<Record<Kind, HTMLButtonElement | null>>>({});
  const lastEdited = useRef<Kind | null>(null);
  useEffect(() => {
    if (editing) lastEdited.current = editing;
    else if (lastEdited.current) openers.current[lastEdited.current]?.focus();
  }, [editing]);
  // Already masked by the API (someone else's documents): nothing more to reveal here.
  const hidden = !revealed && !documents?.masked;

  const shown = (kind: Kind): string | null => {
    if (kind === 'snils') return documents?.snils ? (hidden ? maskSnils(documents.snils) : documents.snils) : null;
    if (kind === 'inn') return documents?.inn ? (hidden ? maskInn(documents.inn) : documents.inn) : null;
    if (kind === 'passport' && documents?.passport) {
      const passport = documents.passport;
      const { series, number } = hidden ? maskPassport(passport.series, passport.number) : passport;
      return t('passportValue', { series, number, date: date(passport.issueDate, locale), issuedBy: passport.issuedBy, code: passport.issuerCode });
    }
    if (kind === 'driverLicence' && documents?.driverLicence) {
      const licence = documents.driverLicence;
      return t('licenceValue', { number: hidden ? maskDriverLicence(licence.number) : licence.number, categories: licence.categories.join(', '), expiry: date(licence.expiryDate, locale) });
    }
    return null;
  };

  const anyShown = KINDS.some((kind) => shown(kind) !== null);

  return (
    <section className="card account-panel" aria-labelledby="profile-documents">
      <h2 id="profile-documents">{t('documents')}</h2>
      {anyShown && !documents?.masked && (
        <button type="button" className="secondary" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
          {revealed ? t('hideNumbers') : t('showNumbers')}
        </button>
      )}
      {documents?.masked && <p className="hint">{t('masked')}</p>}
      <ul className="account-list">
        {KINDS.map((kind) => {
          const value = shown(kind);
          const Form = FORMS[kind];
          const name = t(kind as ProfileKey);
          return (
            <li key={kind}>
              <div className="profile-document">
                <div>
                  <strong>{name}</strong>
                  <div>{value ?? <span className="hint">{t('notAdded')}</span>}</div>
                </div>
                {editing !== kind && (
                  <button ref={(button) => void (openers.current[kind] = button)} type="button" className="link-button" aria-label={t(value ? 'changeDocument' : 'addDocument', { document: name })} onClick={() => setEditing(kind)}>
                    {value ? t('change') : t('add')}
                  </button>
                )}
              </div>
              {editing === kind && (
                <Form
                  onCancel={() => setEditing(null)}
                  onSaved={(saved, announcement) => {
                    setDocuments(saved);
                    setEditing(null);
                    announce(announcement);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
