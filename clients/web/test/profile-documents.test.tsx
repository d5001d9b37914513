import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { DocumentsSection } from '../src/pages/profile/DocumentsSection';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

const documents = (snils: string | null) => ({ masked: false, snils, inn: null, passport: null, driverLicence: null });

/** setSnils answering `payload` (the helper stands in for the gateway, signed out). */
const setSnils = (payload: Record<string, unknown>) => ({ AccountSetSnils: { data: { setSnils: payload } } });

const renderSection = (announce = vi.fn()) =>
  render(
    <I18nProvider locale="ru">
      <SessionProvider>
        <DocumentsSection documents={documents(null)} announce={announce} />
      </SessionProvider>
    </I18nProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('DocumentsSection', () => {
  it('shows the API’s refusal next to the SNILS field', async () => {
    const calls = stubGateway(setSnils({ user: null, userErrors: [{ field: 'snils', code: 'SNILS_CHECKSUM', message: 'Такого СНИЛС не существует — проверьте цифры' }] }));
    renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Добавить: СНИЛС' }));
    await userEvent.type(screen.getByLabelText('СНИЛС'), '112-233-445 96');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Такого СНИЛС не существует — проверьте цифры'));
    expect(screen.getByLabelText('СНИЛС').getAttribute('aria-invalid')).toBe('true');
    expect(calls[0].variables).toEqual({ input: { snils: '112-233-445 96' } });
  });

  it('shows a saved SNILS partly hidden until asked, and announces the save', async () => {
    stubGateway(setSnils({ user: { id: 'u1', documents: documents('112-233-445 95') }, userErrors: [] }));
    const announce = vi.fn();
    renderSection(announce);
    await userEvent.click(screen.getByRole('button', { name: 'Добавить: СНИЛС' }));
    expect(document.activeElement).toBe(screen.getByLabelText('СНИЛС'));
    await userEvent.type(screen.getByLabelText('СНИЛС'), '11223344595');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(screen.getByText('***-***-445 95')).toBeTruthy());
    // The form is gone: the focus is back on the button that opened it.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Изменить: СНИЛС' }));
    expect(announce).toHaveBeenCalledWith('Сохранено: СНИЛС');
    expect(screen.queryByText('112-233-445 95')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Показать номера полностью' }));
    expect(screen.getByText('112-233-445 95')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Скрыть номера' }).getAttribute('aria-pressed')).toBe('true');
  });
});
