import { AccountRemoveChildDocument, type AccountChildFragment } from '@eco/sdk';
import { useEffect, useRef, useState } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { userErrorsProblem } from '../applications/common';
import { AddChildForm } from './AddChildForm';
import { profileMessages } from './messages';
import { date } from '../../i18n/format';

const fullName = (child: AccountChildFragment) => [child.lastName, child.firstName, child.middleName].filter(Boolean).join(' ');

/** The family: children listed with their birth certificates, added by form, removed after a confirmation. */
export function ChildrenSection({ children: initial, announce }: { children: readonly AccountChildFragment[]; announce: (text: string) => void }) {
  const t = useAreaMessages(profileMessages);
  const { t: common, locale } = useI18n();
  const request = useRequest();
  const [children, setChildren] = useState<AccountChildFragment[]>([...initial]);
  const [adding, setAdding] = useState(false);
  // A closed form gives the focus back to the button that opened it.
  const addButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  useEffect(() => {
    if (wasAdding.current && !adding) addButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  async function remove(child: AccountChildFragment) {
    setBusy(true);
    setProblem(null);
    try {
      const { removeChild } = await request(AccountRemoveChildDocument, { input: { childId: child.id } });
      const refused = userErrorsProblem(removeChild?.userErrors);
      if (refused) setProblem(refused);
      else {
        setChildren((all) => all.filter((c) => c.id !== child.id));
        announce(t('childRemoved', { name: fullName(child) }));
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  return (
    <section className="card account-panel" aria-labelledby="profile-children">
      <h2 id="profile-children">{t('children')}</h2>
      {children.length === 0 ? (
        <p>{t('noChildren')}</p>
      ) : (
        <ul className="account-list">
          {children.map((child) => {
            const name = fullName(child);
            return (
              <li key={child.id}>
                <strong>{name}</strong>, {date(child.birthDate, locale)}, {t(`sex.${child.sex}`)}
                <div className="hint">{t('birthCertificate', { series: child.birthCertificate.series, number: child.birthCertificate.number })}</div>
                {confirming === child.id ? (
                  <div className="account-actions" role="group" aria-label={t('removeChildConfirm', { name })}>
                    <span>{t('removeChildConfirm', { name })}</span>
                    <button type="button" className="primary" disabled={busy} onClick={() => remove(child)}>
                      {t('removeChildYes')}
                    </button>
                    <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(null)}>
                      {common('common.cancel')}
                    </button>
                  </div>
                ) : (
                  <button type="button" className="link-button" aria-label={t('removeChildFor', { name })} onClick={() => setConfirming(child.id)}>
                    {t('removeChild')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorMessage error={problem} />
      {adding ? (
        <AddChildForm
          onCancel={() => setAdding(false)}
          onAdded={(child) => {
            setChildren((all) => [...all, child]);
            setAdding(false);
            announce(t('childAdded', { name: fullName(child) }));
          }}
        />
      ) : (
        <button ref={addButton} type="button" className="secondary" onClick={() => setAdding(true)}>
          {t('addChild')}
        </button>
      )}
    </section>
  );
}
