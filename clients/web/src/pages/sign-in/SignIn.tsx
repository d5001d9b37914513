import { SignInDocument, VerifyMfaDocument } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useI18n } from '../../i18n/i18n';
import { BROWSER_SESSION_HEADER } from '../../session/browser-session';
import { useSession, userOf } from '../../session/session';

type Challenge = { challengeId: string; methods: string[] };

/** Sign in by email, phone, SNILS or INN; then the second factor when the account has one. */
export function SignIn() {
  const { t } = useI18n();
  const request = useRequest();
  const session = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const enter = (accessToken: string) => {
    session.signedIn({ accessToken });
    const roles = userOf(accessToken).roles;
    navigate(from ?? (roles.includes('CITIZEN') ? '/' : roles.includes('EMPLOYEE') ? '/workspace' : '/profile'), { replace: true });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      if (!challenge) {
        const { login: result } = await request(SignInDocument, { input: { login, password } }, BROWSER_SESSION_HEADER);
        if (result?.userErrors.length) setProblem(new Error(result.userErrors.map((e) => e.message).join('; ')));
        else if (result?.mfaChallenge) setChallenge(result.mfaChallenge);
        else if (result?.accessToken) enter(result.accessToken);
      } else {
        const method = challenge.methods.includes('TOTP') ? 'TOTP' : (challenge.methods[0] as never);
        const { verifyMfa } = await request(VerifyMfaDocument, { input: { challengeId: challenge.challengeId, method, code } }, BROWSER_SESSION_HEADER);
        if (verifyMfa?.userErrors.length) setProblem(new Error(verifyMfa.userErrors.map((e) => e.message).join('; ')));
        else if (verifyMfa?.accessToken) enter(verifyMfa.accessToken);
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <h1>{challenge ? t('signIn.mfaTitle') : t('signIn.title')}</h1>
      <form onSubmit={submit} noValidate>
        {challenge ? (
          <TextField label={t('signIn.mfaCode')} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" inputMode="numeric" required autoFocus />
        ) : (
          <>
            <TextField label={t('signIn.login')} value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" required />
            <TextField label={t('signIn.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
          </>
        )}
        <ErrorMessage error={problem} />
        <button type="submit" className="primary" disabled={busy}>
          {challenge ? t('signIn.mfaSubmit') : t('signIn.submit')}
        </button>
      </form>
      {!challenge && (
        <p>
          <Link to="/register">{t('signIn.register')}</Link>
        </p>
      )}
    </section>
  );
}
