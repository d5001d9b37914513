import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { CitizenHome } from '../src/pages/home/CitizenHome';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

const me = {
  id: 'u1',
  firstName: 'Иван',
  middleName: 'Петрович',
  unreadNotificationCount: 2,
  applications: { totalCount: 1, edges: [{ node: { id: 'a1', number: '2026-000001', status: 'IN_PROGRESS', submittedAt: '2026-12-01T10:00:00Z', service: { id: 's1', title: 'Замена паспорта' } } }] },
  fines: null,
  taxes: null,
  appointments: { edges: [] },
  kindergartenApplications: { edges: [] },
};
const unavailable = (field: string) => ({ message: 'Service temporarily unavailable', path: ['me', field], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });

const renderHome = () =>
  render(
    <I18nProvider locale="ru">
      <SessionProvider>
        <MemoryRouter>
          <CitizenHome />
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('the citizen home with one department down', () => {
  it('keeps the applications and says the fines and taxes are unavailable, rather than "nothing due"', async () => {
    // taxes-fines is down: the other fields keep their data.
    stubGateway({ CitizenHome: { data: { me }, errors: [unavailable('fines'), unavailable('taxes')] } });
    renderHome();
    expect(await screen.findByRole('link', { name: '№ 2026-000001' })).toBeTruthy();
    expect(screen.getByText('В работе')).toBeTruthy();
    const due = screen.getByRole('region', { name: 'Штрафы и налоги к оплате' });
    expect(due.textContent).toMatch(/недоступны/);
    expect(due.textContent).not.toMatch(/Нет неоплаченных/);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('shows only the error when the person themselves could not be read', async () => {
    stubGateway({ CitizenHome: { data: { me: null }, errors: [{ message: 'Authentication required', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } }] } });
    renderHome();
    expect((await screen.findByRole('alert')).textContent).toBe('Authentication required');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });
});
