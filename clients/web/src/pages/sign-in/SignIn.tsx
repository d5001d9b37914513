import { SignInDocument, type MfaMethod } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import { BROWSER_SESSION_HEADER } from '../../session/browser-session';
import { useSession } from '../../session/session';
import { SecondFactorForm, type Challenge } from './SecondFactorForm';
import { signInMessages } from './messages';
import { userErrorsProblem } from './user-errors';

/** Sign in by email, phone, SNILS or INN (one field; the API tells them apart); then the second factor. */
export function SignIn() {
  const t = useAreaMessages(signInMessages);
  const request = useRequest();
  const session = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const enter = (accessToken: string) => {
    session.signedIn({ accessToken });
    // "/" sends each role to its own start page (App's HomeByRole).
    navigate(from ?? '/', { replace: true });
  };

  /** The password step; run again to get a fresh challenge (and a new SMS). */
  async function signIn(): Promise<Challenge | null> {
    const { login: result } = await request(SignInDocument, { input: { login: login.trim(), password } }, BROWSER_SESSION_HEADER);
    if (result?.userErrors.length) throw userErrorsProblem(result.userErrors);
    if (result?.mfaChallenge) return { challengeId: result.mfaChallenge.challengeId, methods: result.mfaChallenge.methods as MfaMethod[] };
    if (result?.accessToken) enter(result.accessToken);
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (!login.trim() || !password) return;
    setBusy(true);
    try {
      setChallenge(await signIn());
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  if (challenge) {
    return (
      <SecondFactorForm
        challenge={challenge}
        onVerified={enter}
        onResend={async () => {
          const next = await signIn();
          if (next) setChallenge(next);
        }}
        onStartOver={() => {
          setChallenge(null);
          setPassword('');
          setSubmitted(false);
        }}
      />
    );
  }

  return (
    <section className="narrow">
      <h1>{t('title')}</h1>
      <form onSubmit={submit} noValidate>
        <TextField label={t('login')} hint={t('loginHint')} name="login" value={login} onChange={(e) => setLogin(e.target.value)} error={submitted && !login.trim() ? t('loginRequired') : null} autoComplete="username" required />
        <TextField label={t('password')} type="password" name="password" value={password} onChange={(e) => setPassword(e.target.value)} error={submitted && !password ? t('passwordRequired') : null} autoComplete="current-password" required />
        <ErrorMessage error={problem} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('submitting') : t('submit')}
        </button>
      </form>
      <p>
        {t('noAccount')} <Link to="/register">{t('register')}</Link>
      </p>
    </section>
  );
}
