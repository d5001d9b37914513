import {
  AccountConfirmSmsMfaDocument,
  AccountConfirmTotpDocument,
  AccountDisableMfaDocument,
  AccountEnableSmsMfaDocument,
  AccountEnableTotpDocument,
  AccountSecurityDocument,
  type MfaMethod,
} from '@eco/sdk';
import { useState, type FormEvent } from 'react';
import { useQuery, useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages } from '../../i18n/i18n';
import { groupedSecret, otpauthQrDataUrl } from './otpauth-qr';
import { securityMessages, type SecurityKey } from './security-messages';
import './security.css';

type Payload = { userErrors: readonly { message: string }[] };

/** Runs one security mutation: its coded refusal becomes the section's alert, success a status line. */
function useSecurityAction() {
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run<P extends Payload>(action: () => Promise<P | null | undefined>, onDone: (payload: P) => void | Promise<void>) {
    setProblem(null);
    setNotice(null);
    setBusy(true);
    try {
      const payload = await action();
      if (payload?.userErrors.length) setProblem(new Error(payload.userErrors.map((e) => e.message).join('; ')));
      else if (payload) await onDone(payload);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }
  return { problem, notice, setNotice, busy, run };
}

/** The profile's two-factor protection: an authenticator app (QR code), SMS codes, turning it off. */
export function SecuritySection() {
  const t = useAreaMessages(securityMessages);
  const request = useRequest();
  const security = useQuery(AccountSecurityDocument);
  const action = useSecurityAction();
  const [totp, setTotp] = useState<{ secret: string; qr: string } | null>(null);
  const [smsPending, setSmsPending] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState<'code' | 'password' | null>(null);
  const me = security.data?.me;
  if (security.error) return <ErrorMessage error={security.error} />;
  if (!me) return null;
  const methods = me.mfaMethods as MfaMethod[];
  const on = methods.length > 0;

  const startTotp = () =>
    action.run(
      async () => (await request(AccountEnableTotpDocument)).enableTotp,
      async (payload) => {
        if (!payload.secret || !payload.otpauthUri) return;
        setTotp({ secret: payload.secret, qr: await otpauthQrDataUrl(payload.otpauthUri) });
        setSmsPending(false);
        setCode('');
      },
    );
  const startSms = () =>
    action.run(
      async () => (await request(AccountEnableSmsMfaDocument)).enableSmsMfa,
      () => {
        setSmsPending(true);
        setTotp(null);
        setCode('');
        action.setNotice(t('smsSent', { phone: me.phone }));
      },
    );

  function confirm(event: FormEvent, method: 'TOTP' | 'SMS') {
    event.preventDefault();
    setSubmitted('code');
    if (!code.trim()) return;
    const input = { code: code.trim() };
    return action.run(
      async () => (method === 'TOTP' ? (await request(AccountConfirmTotpDocument, { input })).confirmTotp : (await request(AccountConfirmSmsMfaDocument, { input })).confirmSmsMfa),
      (payload) => {
        setRecoveryCodes(payload.recoveryCodes);
        setTotp(null);
        setSmsPending(false);
        setCode('');
        setSubmitted(null);
        action.setNotice(t(method === 'TOTP' ? 'totpOn' : 'smsOn'));
        security.reload();
      },
    );
  }

  function disable(event: FormEvent) {
    event.preventDefault();
    setSubmitted('password');
    if (!password) return;
    return action.run(
      async () => (await request(AccountDisableMfaDocument, { input: { password } })).disableMfa,
      () => {
        setPassword('');
        setSubmitted(null);
        setRecoveryCodes([]);
        action.setNotice(t('disabled'));
        security.reload();
      },
    );
  }

  const codeField = (label: SecurityKey) => (
    <TextField label={t(label)} name="mfa-code" value={code} onChange={(e) => setCode(e.target.value)} error={submitted === 'code' && !code.trim() ? t('codeRequired') : null} autoComplete="one-time-code" inputMode="numeric" required />
  );

  return (
    <section className="account-panel card" aria-labelledby="security-title">
      <h2 id="security-title">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <p>{on ? t('stateOn', { methods: methods.map((m) => t(`method.${m}`)).join(', ') }) : t('stateOff')}</p>

      <h3>{t('totpTitle')}</h3>
      {methods.includes('TOTP') ? (
        <p>✓ {t('totpEnabled')}</p>
      ) : totp ? (
        <form onSubmit={(e) => confirm(e, 'TOTP')} noValidate>
          <p>{t('totpScan')}</p>
          <img src={totp.qr} alt={t('totpQr')} width={200} height={200} />
          <p>
            {t('totpSecret')} <code className="security-secret">{groupedSecret(totp.secret)}</code>
          </p>
          {codeField('totpCode')}
          <button type="submit" className="primary" disabled={action.busy}>
            {t('totpConfirm')}
          </button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={startTotp} disabled={action.busy}>
          {t('totpStart')}
        </button>
      )}

      <h3>{t('smsTitle')}</h3>
      {methods.includes('SMS') ? (
        <p>✓ {t('smsEnabled', { phone: me.phone })}</p>
      ) : smsPending ? (
        <form onSubmit={(e) => confirm(e, 'SMS')} noValidate>
          {codeField('smsCode')}
          <button type="submit" className="primary" disabled={action.busy}>
            {t('smsConfirm')}
          </button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={startSms} disabled={action.busy}>
          {t('smsStart')}
        </button>
      )}

      <ErrorMessage error={action.problem} />
      {action.notice && (
        <p role="status" className="success">
          {action.notice}
        </p>
      )}
      {recoveryCodes.length > 0 && (
        <>
          <h3>{t('recoveryTitle')}</h3>
          <p>{t('recoveryIntro')}</p>
          <ul className="security-codes">
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </>
      )}

      {on && (
        <form onSubmit={disable} noValidate>
          <h3>{t('disableTitle')}</h3>
          <TextField label={t('disablePassword')} hint={t('disablePasswordHint')} type="password" name="mfa-password" value={password} onChange={(e) => setPassword(e.target.value)} error={submitted === 'password' && !password ? t('passwordRequired') : null} autoComplete="current-password" required />
          <button type="submit" className="secondary" disabled={action.busy}>
            {action.busy ? t('working') : t('disable')}
          </button>
        </form>
      )}
    </section>
  );
}
