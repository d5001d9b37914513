import { AccountRegisterDocument, SignInDocument } from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import { BROWSER_SESSION_HEADER } from '../../session/browser-session';
import { useSession } from '../../session/session';
import { normalizePhone, passwordRuleFailures, PASSWORD_RULE_ORDER, validateRegistration, type RegistrationField, type RegistrationForm } from './registration';
import { registerMessages } from './messages';
import '../applications/account.css';
import './register.css';

const EMPTY: RegistrationForm = { lastName: '', firstName: '', middleName: '', birthDate: '', email: '', phone: '', password: '' };
const FIELDS: RegistrationField[] = ['lastName', 'firstName', 'middleName', 'birthDate', 'email', 'phone', 'password'];
const focusField = (field: RegistrationField) => document.querySelector<HTMLInputElement>(`form [name="${field}"]`)?.focus();

/**
 * Registration: each field is checked as it is typed (once it has been left, or after a submit),
 * by the API's rules; the API's own refusals land on their fields. Then the new account is signed
 * in and asked for the code sent to its email (/confirm-email).
 */
export function RegisterPage() {
  const t = useAreaMessages(registerMessages);
  const request = useRequest();
  const [form, setForm] = useState<RegistrationForm>(EMPTY);
  const [touched, setTouched] = useState<Partial<Record<RegistrationField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<RegistrationField, string>>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const session = useSession();
  const navigate = useNavigate();

  const problems = validateRegistration(form, new Date());
  const errorOf = (field: RegistrationField): string | null => {
    if (serverErrors[field]) return serverErrors[field]!;
    const code = problems[field];
    if (!code || !(submitted || touched[field])) return null;
    // A weak password's message names what is missing, not only "see the rules".
    if (code === 'WEAK_PASSWORD') return `${t('problem.WEAK_PASSWORD')}: ${passwordRuleFailures(form.password).map((rule) => t(`rule.${rule}`)).join(', ')}`;
    return t(`problem.${code}`);
  };
  const bind = (field: RegistrationField) => ({
    value: form[field],
    onChange: (e: { target: { value: string } }) => {
      setForm({ ...form, [field]: e.target.value });
      setServerErrors({ ...serverErrors, [field]: undefined });
    },
    onBlur: () => setTouched({ ...touched, [field]: true }),
    error: errorOf(field),
    name: field,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    const invalid = FIELDS.filter((f) => problems[f]);
    if (invalid.length) {
      focusField(invalid[0]);
      return;
    }
    setBusy(true);
    try {
      const input = {
        lastName: form.lastName.trim(),
        firstName: form.firstName.trim(),
        ...(form.middleName.trim() ? { middleName: form.middleName.trim() } : {}),
        birthDate: form.birthDate,
        email: form.email.trim(),
        phone: normalizePhone(form.phone) ?? form.phone.trim(),
        password: form.password,
      };
      const { register } = await request(AccountRegisterDocument, { input });
      const errors = register?.userErrors ?? [];
      if (errors.length) {
        const byField: Partial<Record<RegistrationField, string>> = {};
        const general: string[] = [];
        for (const error of errors) {
          const field = FIELDS.find((f) => f === error.field);
          if (field) byField[field] = error.message;
          else general.push(error.message);
        }
        setServerErrors(byField);
        if (general.length) setProblem(new Error(general.join('; ')));
        const first = FIELDS.find((f) => byField[f]);
        if (first) focusField(first);
      } else if (register?.user) {
        await signInAs(input.email, input.password);
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  /**
   * Signed in straight away, so the confirmation page can send a new code; should that fail, the
   * page still confirms by email and code.
   */
  async function signInAs(email: string, password: string) {
    const signedIn = await request(SignInDocument, { input: { login: email, password } }, BROWSER_SESSION_HEADER).catch(() => null);
    const accessToken = signedIn?.login?.accessToken;
    if (accessToken) session.signedIn({ accessToken });
    navigate(`/confirm-email?email=${encodeURIComponent(email)}`, { state: { registered: true } });
  }

  const failures = passwordRuleFailures(form.password);
  return (
    <section className="narrow account-page">
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField label={t('lastName')} {...bind('lastName')} autoComplete="family-name" required />
        <TextField label={t('firstName')} {...bind('firstName')} autoComplete="given-name" required />
        <TextField label={t('middleName')} {...bind('middleName')} autoComplete="additional-name" />
        <TextField label={t('birthDate')} type="date" {...bind('birthDate')} autoComplete="bday" required />
        <TextField label={t('email')} hint={t('emailHint')} type="email" {...bind('email')} autoComplete="email" inputMode="email" required />
        <TextField label={t('phone')} hint={t('phoneHint')} type="tel" {...bind('phone')} autoComplete="tel" inputMode="tel" required />
        <TextField label={t('password')} type="password" {...bind('password')} autoComplete="new-password" required />
        <div id="register-password-rules" className="register-password-rules">
          <p className="hint">{t('passwordRules')}</p>
          <ul className="account-rules">
            {PASSWORD_RULE_ORDER.map((rule) => {
              const met = form.password.length > 0 && !failures.includes(rule);
              return (
                <li key={rule} className={met ? 'ok' : 'missing'}>
                  <span aria-hidden="true">{met ? '✓' : '○'} </span>
                  {t(`rule.${rule}`)}
                  <span className="account-sr-only"> — {met ? t('ruleMet') : t('ruleMissing')}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <ErrorMessage error={problem} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('submitting') : t('submit')}
        </button>
      </form>
      <p>
        {t('haveAccount')} <Link to="/signin">{t('signIn')}</Link>
      </p>
    </section>
  );
}
