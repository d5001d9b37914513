import { AccountConfirmEmailDocument, AccountEmailConfirmationDocument, AccountResendEmailConfirmationDocument } from '@eco/sdk';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useQuery, useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useI18n, useAreaMessages } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { registerMessages } from './messages';
import '../applications/account.css';

/**
 * Confirming the email with the code sent there. Signed in (as registration leaves a person), the
 * address comes from the account and a new code can be asked for; signed out, by email and code.
 */
export function ConfirmEmailPage() {
  const { user } = useSession();
  return user ? <SignedInConfirmation /> : <SignedOutConfirmation />;
}

function SignedInConfirmation() {
  const t = useAreaMessages(registerMessages);
  const { t: common } = useI18n();
  const request = useRequest();
  const registered = (useLocation().state as { registered?: boolean } | null)?.registered === true;
  const account = useQuery(AccountEmailConfirmationDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const me = account.data?.me;

  async function resend() {
    setProblem(null);
    setNotice(null);
    setBusy(true);
    try {
      const { resendEmailConfirmation } = await request(AccountResendEmailConfirmationDocument);
      if (resendEmailConfirmation?.userErrors.length) setProblem(new Error(resendEmailConfirmation.userErrors.map((e) => e.message).join('; ')));
      else if (me) setNotice(t('resent', { email: me.email }));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  if (account.error) return <ErrorMessage error={account.error} />;
  if (!me) return <p role="status">{common('common.loading')}</p>;
  if (confirmed) return <Confirmed text={t('confirmedSignedIn')} next={<Link to="/">{t('toAccount')}</Link>} />;
  if (me.emailConfirmed) {
    return (
      <ConfirmationLayout>
        <p role="status" className="success">
          {t('alreadyConfirmed', { email: me.email })}
        </p>
        <Link to="/">{t('toAccount')}</Link>
      </ConfirmationLayout>
    );
  }
  return (
    <ConfirmationLayout>
      <p>{registered ? t('confirmIntro', { email: me.email }) : t('confirmSentTo', { email: me.email })}</p>
      <CodeForm email={null} onConfirmed={() => setConfirmed(true)} />
      <div className="account-actions">
        <button type="button" className="secondary" onClick={resend} disabled={busy}>
          {busy ? t('resending') : t('resend')}
        </button>
      </div>
      <ErrorMessage error={problem} />
      {notice && (
        <p role="status" className="success">
          {notice}
        </p>
      )}
    </ConfirmationLayout>
  );
}

function SignedOutConfirmation() {
  const t = useAreaMessages(registerMessages);
  const [params] = useSearchParams();
  const [confirmed, setConfirmed] = useState(false);
  if (confirmed) return <Confirmed text={t('confirmed')} next={<Link to="/signin">{t('signIn')}</Link>} />;
  return (
    <ConfirmationLayout>
      <CodeForm email={params.get('email') ?? ''} onConfirmed={() => setConfirmed(true)} />
      <p className="hint">
        {t('resendSignedOut')}{' '}
        <Link to="/signin" state={{ from: '/confirm-email' }}>
          {t('signIn')}
        </Link>
      </p>
    </ConfirmationLayout>
  );
}

function Confirmed({ text, next }: { text: string; next: ReactNode }) {
  return (
    <ConfirmationLayout>
      <p role="status" className="success">
        <span aria-hidden="true">✓ </span>
        {text}
      </p>
      {next}
    </ConfirmationLayout>
  );
}

// One function for the page's life: a new one each render would pull focus back on every keystroke.
const focusOnce = (heading: HTMLHeadingElement | null) => heading?.focus();

function ConfirmationLayout({ children }: { children: ReactNode }) {
  const t = useAreaMessages(registerMessages);
  return (
    <section className="narrow account-page">
      <h1 tabIndex={-1} ref={focusOnce}>
        {t('confirmTitle')}
      </h1>
      {children}
    </section>
  );
}

/** The code (and, signed out, the address it went to); the API's refusal is shown as it says it. */
function CodeForm({ email: initialEmail, onConfirmed }: { email: string | null; onConfirmed(): void }) {
  const t = useAreaMessages(registerMessages);
  const request = useRequest();
  const [email, setEmail] = useState(initialEmail ?? '');
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const askEmail = initialEmail !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (!code.trim() || (askEmail && !email.trim())) return;
    setBusy(true);
    try {
      const { confirmEmail } = await request(AccountConfirmEmailDocument, { input: { code: code.trim(), ...(askEmail ? { email: email.trim() } : {}) } });
      if (confirmEmail?.userErrors.length) setProblem(new Error(confirmEmail.userErrors.map((e) => e.message).join('; ')));
      else if (confirmEmail?.confirmed) onConfirmed();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      {askEmail && <TextField label={t('confirmEmail')} type="email" name="email" value={email} onChange={(e) => setEmail(e.target.value)} error={submitted && !email.trim() ? t('emailRequired') : null} autoComplete="email" required />}
      <TextField label={t('code')} hint={t('codeHint')} name="code" value={code} onChange={(e) => setCode(e.target.value)} error={submitted && !code.trim() ? t('codeRequired') : null} autoComplete="one-time-code" inputMode="numeric" required />
      <ErrorMessage error={problem} />
      <button type="submit" className="primary" disabled={busy}>
        {t('confirm')}
      </button>
    </form>
  );
}
