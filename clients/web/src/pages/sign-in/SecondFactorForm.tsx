import { VerifyMfaDocument, type MfaMethod } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import { BROWSER_SESSION_HEADER } from '../../session/browser-session';
import { signInMessages } from './messages';
import { userErrorsProblem } from './user-errors';
import './sign-in.css';

export interface Challenge {
  challengeId: string;
  /** What the account can answer with, in the API's order (the app first, recovery codes last). */
  methods: MfaMethod[];
}

interface Props {
  challenge: Challenge;
  onVerified(accessToken: string): void;
  /** Signs in again with the same password: a fresh challenge, and a new SMS when SMS is on. */
  onResend(): Promise<void>;
  onStartOver(): void;
}

// One function for the page's life: a new one each render would pull focus back on every keystroke.
const focusOnce = (heading: HTMLHeadingElement | null) => heading?.focus();

/** The second step of signing in: a code from the app, an SMS or a recovery code. */
export function SecondFactorForm({ challenge, onVerified, onResend, onStartOver }: Props) {
  const t = useAreaMessages(signInMessages);
  const request = useRequest();
  const [method, setMethod] = useState<MfaMethod>(challenge.methods[0] ?? 'TOTP');
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    setNotice(null);
    if (!code.trim()) return;
    setBusy(true);
    try {
      const { verifyMfa } = await request(VerifyMfaDocument, { input: { challengeId: challenge.challengeId, method, code: code.trim() } }, BROWSER_SESSION_HEADER);
      if (verifyMfa?.userErrors.length) throw userErrorsProblem(verifyMfa.userErrors);
      if (verifyMfa?.accessToken) onVerified(verifyMfa.accessToken);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  async function resend() {
    setProblem(null);
    setBusy(true);
    try {
      await onResend();
      setCode('');
      setNotice(t('smsResent'));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <h1 tabIndex={-1} ref={focusOnce}>
        {t('mfaTitle')}
      </h1>
      <p>{t('mfaIntro')}</p>
      <form onSubmit={submit} noValidate>
        {challenge.methods.length > 1 && (
          <fieldset className="sign-in-methods">
            <legend>{t('method')}</legend>
            {challenge.methods.map((option) => (
              <label key={option}>
                <input type="radio" name="method" value={option} checked={method === option} onChange={() => setMethod(option)} /> {t(`method.${option}`)}
              </label>
            ))}
          </fieldset>
        )}
        {method === 'SMS' && <p className="hint">{t('smsSent')}</p>}
        <TextField
          label={t(`code.${method}`)}
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={submitted && !code.trim() ? t('codeRequired') : null}
          autoComplete="one-time-code"
          inputMode={method === 'RECOVERY_CODE' ? 'text' : 'numeric'}
          required
        />
        <ErrorMessage error={problem} />
        {notice && (
          <p role="status" className="success">
            {notice}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('mfaSubmit')}
          </button>
          {method === 'SMS' && (
            <button type="button" className="secondary" onClick={resend} disabled={busy}>
              {t('resendSms')}
            </button>
          )}
          <button type="button" className="link-button" onClick={onStartOver}>
            {t('startOver')}
          </button>
        </div>
      </form>
    </section>
  );
}
