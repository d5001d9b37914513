import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { RegisterPage } from '../src/pages/register/RegisterPage';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

/** Each operation answers with `{ data: answers[name] }` (the helper stands in for the gateway, signed out). */
const answering = (answers: Record<string, unknown>) => Object.fromEntries(Object.entries(answers).map(([name, data]) => [name, { data }]));

function renderPage() {
  render(
    <I18nProvider locale="ru">
      <SessionProvider>
        <MemoryRouter initialEntries={['/register']}>
          <Routes>
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/confirm-email" element={<h1>Подтверждение почты</h1>} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
  return userEvent.setup();
}

const fillValid = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.type(screen.getByLabelText('Фамилия'), 'Петрова');
  await user.type(screen.getByLabelText('Имя'), 'Анна');
  await user.type(screen.getByLabelText('Дата рождения'), '1990-05-17');
  await user.type(screen.getByLabelText('Электронная почта'), 'anna@example.ru');
  await user.type(screen.getByLabelText('Мобильный телефон'), '+79161234567');
  await user.type(screen.getByLabelText('Пароль'), 'Secret-pass1');
};

afterEach(() => vi.unstubAllGlobals());

describe('RegisterPage', () => {
  it('says nothing while a field is first typed, judges it once left, and again at every change', async () => {
    stubGateway({});
    const user = renderPage();
    const email = screen.getByLabelText('Электронная почта');
    await user.type(email, 'anna@');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Проверьте адрес электронной почты');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    await user.type(email, 'example.ru');
    expect(screen.queryByText('Проверьте адрес электронной почты')).toBeNull();
    expect(email.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows every problem on submit, moves to the first, and sends nothing', async () => {
    const calls = stubGateway({});
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    expect(screen.getAllByText('Заполните поле')).toHaveLength(6);
    expect(document.activeElement).toBe(screen.getByLabelText('Фамилия'));
    expect(calls).toEqual([]);
  });

  it('puts the API’s refusal on its field', async () => {
    stubGateway(answering({ AccountRegister: { register: { user: null, userErrors: [{ field: 'email', code: 'EMAIL_TAKEN', message: 'Пользователь с такой электронной почтой уже зарегистрирован' }] } } }));
    const user = renderPage();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Пользователь с такой электронной почтой уже зарегистрирован'));
    expect(document.activeElement).toBe(screen.getByLabelText('Электронная почта'));
  });

  it('signs the new account in and goes on to confirm the email', async () => {
    const calls = stubGateway(answering({
      AccountRegister: { register: { user: { id: 'u1' }, userErrors: [] } },
      SignIn: { login: { accessToken: 'h.eyJzdWIiOiJ1MSIsInJvbGVzIjpbIkNJVElaRU4iXX0.s', accessTokenExpiresAt: null, refreshToken: null, mfaChallenge: null, userErrors: [] } },
    }));
    const user = renderPage();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    await screen.findByRole('heading', { name: 'Подтверждение почты' });
    expect(calls.map((c) => c.operationName)).toEqual(['AccountRegister', 'SignIn']);
  });
});
