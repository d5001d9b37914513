import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Locale } from '../src/i18n/i18n';
import { SecondFactorForm, type Challenge } from '../src/pages/sign-in/SecondFactorForm';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

/** verifyMfa answering `payload` (the helper stands in for the gateway, signed out). */
const verifyMfa = (payload: Record<string, unknown>) => ({ VerifyMfa: { data: { verifyMfa: payload } } });

function renderForm(challenge: Challenge, locale: Locale = 'ru') {
  const props = { onVerified: vi.fn(), onResend: vi.fn(async () => undefined), onStartOver: vi.fn() };
  render(
    <I18nProvider locale={locale}>
      <SessionProvider>
        <SecondFactorForm challenge={challenge} {...props} />
      </SessionProvider>
    </I18nProvider>,
  );
  return { ...props, user: userEvent.setup() };
}

afterEach(() => vi.unstubAllGlobals());

describe('SecondFactorForm', () => {
  it('offers the account’s methods, the app first, and labels the code by the chosen one', async () => {
    stubGateway({});
    const { user } = renderForm({ challengeId: 'c1', methods: ['TOTP', 'SMS', 'RECOVERY_CODE'] });
    expect((screen.getByRole('radio', { name: 'Код из приложения-аутентификатора' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Код из приложения (6 цифр)')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Код из SMS' }));
    expect(screen.getByLabelText('Код из SMS (6 цифр)')).toBeTruthy();
    expect(screen.getByText('Код отправлен SMS на телефон, указанный в учётной записи.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Отправить SMS ещё раз' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Резервный код' }));
    expect(screen.queryByRole('button', { name: 'Отправить SMS ещё раз' })).toBeNull();
  });

  it('asks for the code before calling the API, then sends the chosen method', async () => {
    const calls = stubGateway(verifyMfa({ accessToken: 'header.eyJzdWIiOiJ1MSJ9.sig', accessTokenExpiresAt: null, refreshToken: null, userErrors: [] }));
    const { user, onVerified } = renderForm({ challengeId: 'c1', methods: ['SMS', 'RECOVERY_CODE'] });
    await user.click(screen.getByRole('button', { name: 'Подтвердить' }));
    expect(screen.getByRole('alert').textContent).toBe('Введите код');
    expect(calls).toEqual([]);
    await user.type(screen.getByLabelText('Код из SMS (6 цифр)'), ' 123456 ');
    await user.click(screen.getByRole('button', { name: 'Подтвердить' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledWith('header.eyJzdWIiOiJ1MSJ9.sig'));
    expect(calls.map((c) => c.variables)).toEqual([{ input: { challengeId: 'c1', method: 'SMS', code: '123456' } }]);
  });

  it('shows the API’s coded refusal as an alert, in the page’s language', async () => {
    stubGateway(verifyMfa({ accessToken: null, accessTokenExpiresAt: null, refreshToken: null, userErrors: [{ field: 'code', code: 'MFA_CODE_INVALID', message: 'Incorrect confirmation code' }] }));
    const { user, onVerified } = renderForm({ challengeId: 'c1', methods: ['TOTP'] }, 'en');
    expect(screen.queryByRole('radio')).toBeNull();
    await user.type(screen.getByLabelText('Code from the app (6 digits)'), '000000');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Incorrect confirmation code'));
    expect(onVerified).not.toHaveBeenCalled();
  });
});
