import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { ConfirmEmailPage } from '../src/pages/register/ConfirmEmailPage';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

/** confirmEmail answering `payload` (the helper stands in for the gateway, signed out). */
const confirmEmail = (payload: Record<string, unknown>) => ({ AccountConfirmEmail: { data: { confirmEmail: payload } } });

function renderPage(path: string) {
  render(
    <I18nProvider locale="ru">
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/confirm-email" element={<ConfirmEmailPage />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
  return userEvent.setup();
}

afterEach(() => vi.unstubAllGlobals());

describe('ConfirmEmailPage, signed out', () => {
  it('confirms by the address from the link and the code, then offers signing in', async () => {
    const calls = stubGateway(confirmEmail({ confirmed: true, userErrors: [] }));
    const user = renderPage('/confirm-email?email=anna%40example.ru');
    expect((await screen.findByLabelText('Электронная почта, указанная при регистрации') as HTMLInputElement).value).toBe('anna@example.ru');
    expect(screen.getByRole('link', { name: 'Войти' }).getAttribute('href')).toBe('/signin');
    await user.type(screen.getByLabelText('Код из письма'), '123456');
    await user.click(screen.getByRole('button', { name: 'Подтвердить' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('✓ Почта подтверждена. Теперь можно войти.'));
    expect(calls.map((c) => c.variables)).toEqual([{ input: { code: '123456', email: 'anna@example.ru' } }]);
  });

  it('asks for both fields before calling the API, and shows its refusal', async () => {
    const calls = stubGateway(confirmEmail({ confirmed: false, userErrors: [{ field: 'code', code: 'CODE_INVALID', message: 'Неверный код' }] }));
    const user = renderPage('/confirm-email');
    await user.click(await screen.findByRole('button', { name: 'Подтвердить' }));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Укажите электронную почту', 'Введите код из письма']);
    expect(calls).toEqual([]);
    await user.type(screen.getByLabelText('Электронная почта, указанная при регистрации'), 'anna@example.ru');
    await user.type(screen.getByLabelText('Код из письма'), '000000');
    await user.click(screen.getByRole('button', { name: 'Подтвердить' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Неверный код'));
  });
});
