import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { ChildrenSection } from '../src/pages/profile/ChildrenSection';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

const ANNA = { id: 'c1', lastName: 'Проверкина', firstName: 'Анна', middleName: null, birthDate: '2019-03-10', sex: 'FEMALE', birthCertificate: { series: 'IV-МЮ', number: '123456', issueDate: '2019-03-20' } } as const;

const renderSection = (children: (typeof ANNA)[] = [], announce = vi.fn()) =>
  render(
    <I18nProvider locale="ru">
      <SessionProvider>
        <ChildrenSection children={children} announce={announce} />
      </SessionProvider>
    </I18nProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

/** Types a whole value at once (a change event), as fast on a busy machine as on an idle one. */
const fill = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillChild() {
  await userEvent.click(screen.getByRole('button', { name: 'Добавить ребёнка' }));
  fill('Фамилия ребёнка', 'Проверкина');
  fill('Имя ребёнка', 'Анна');
  fill('Дата рождения ребёнка', '2019-03-10');
  fill(/^Серия свидетельства/, 'ZZ');
  fill('Номер свидетельства', '123456');
  fill('Дата выдачи свидетельства', '2019-03-20');
}

describe('ChildrenSection', () => {
  it('asks for the sex before sending, then shows the API’s refusal at the certificate series', async () => {
    const calls = stubGateway({ AccountAddChild: { data: { addChild: { child: null, userErrors: [{ field: 'birthCertificate.series', code: 'INVALID_BIRTH_CERTIFICATE_SERIES', message: 'Серия — римское число и две буквы' }] } } } });
    renderSection();
    await fillChild();
    await userEvent.click(screen.getByRole('button', { name: 'Добавить ребёнка' }));
    expect(screen.getByRole('alert').textContent).toBe('Выберите пол');
    expect(calls.filter((c) => c.operationName === 'AccountAddChild')).toHaveLength(0);

    await userEvent.click(screen.getByRole('radio', { name: 'девочка' }));
    await userEvent.click(screen.getByRole('button', { name: 'Добавить ребёнка' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Серия — римское число и две буквы'));
    expect(screen.getByLabelText(/^Серия свидетельства/).getAttribute('aria-invalid')).toBe('true');
    expect(calls.at(-1)?.variables).toEqual({ input: { lastName: 'Проверкина', firstName: 'Анна', middleName: null, birthDate: '2019-03-10', sex: 'FEMALE', birthCertificate: { series: 'ZZ', number: '123456', issueDate: '2019-03-20' } } });
  });

  it('removes a child only after the confirmation, and says so', async () => {
    const calls = stubGateway({ AccountRemoveChild: { data: { removeChild: { removedChildId: 'c1', userErrors: [] } } } });
    const announce = vi.fn();
    renderSection([ANNA], announce);
    await userEvent.click(screen.getByRole('button', { name: 'Удалить из профиля: Проверкина Анна' }));
    expect(calls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Да, удалить' }));
    await waitFor(() => expect(screen.getByText('Дети не добавлены')).toBeTruthy());
    expect(calls[0].variables).toEqual({ input: { childId: 'c1' } });
    expect(announce).toHaveBeenCalledWith('Ребёнок удалён из профиля: Проверкина Анна');
  });
});
