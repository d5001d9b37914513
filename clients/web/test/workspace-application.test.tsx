import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { newerApplication } from '../src/pages/workspace/newer-application';
import { WorkspaceApplication } from '../src/pages/workspace/WorkspaceApplication';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

const application = (status: string, updatedAt: string, extra: Record<string, unknown> = {}) => ({
  id: 'a1',
  number: '2026-000042',
  status,
  priority: 'NORMAL',
  deadline: '2026-12-10T20:59:59Z',
  deadlineBucket: status === 'COMPLETED' ? null : 'THIS_WEEK',
  applicantName: 'Проверкин Тест',
  serviceTitle: 'Проверка паспорта',
  formData: { series: '4510' },
  submittedAt: '2026-12-01T10:00:00Z',
  registeredAt: '2026-12-01T11:00:00Z',
  updatedAt,
  completedAt: null,
  stateFeeKopecks: 0,
  stateFeeStatus: 'NOT_REQUIRED',
  applicant: { id: 'u1', email: 'c@example.ru', phone: '+79160000000' },
  assignee: null,
  attachments: [],
  history: [{ from: null, to: 'SUBMITTED', actorRole: 'APPLICANT', at: '2026-12-01T10:00:00Z', comment: null, actor: null }],
  result: null,
  resultDocument: null,
  ...extra,
});

const renderPage = () =>
  render(
    <I18nProvider locale="ru">
      <SessionProvider>
        <MemoryRouter initialEntries={['/workspace/applications/a1']}>
          <Routes>
            <Route path="/workspace/applications/:id" element={<WorkspaceApplication />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('an application in the workspace', () => {
  it('shows the status the action returned at once, even when the next load is behind', async () => {
    const inProgress = application('IN_PROGRESS', '2026-12-02T10:00:00Z');
    const completed = application('COMPLETED', '2026-12-03T10:00:00Z', { result: { decision: 'Паспорт действителен', documentRef: null, rejectionReason: null } });
    const calls = stubGateway({
      // A load that still sees the application as it was (a lagging read).
      WorkspaceApplication: () => ({ data: { application: { ...inProgress, service: { id: 's1', formSchema: {} } } } }),
      WorkspaceCompleteApplication: () => ({ data: { completeApplication: { application: completed, userErrors: [] } } }),
    });
    renderPage();
    await userEvent.type(await screen.findByLabelText('Решение (будет напечатано в документе)'), 'Паспорт действителен');
    await userEvent.click(screen.getByRole('button', { name: 'Исполнить' }));
    await waitFor(() => expect(screen.getByTestId('application-status').textContent).toBe('Исполнено'));
    expect(screen.getByText('Готово: статус — Исполнено')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'WorkspaceCompleteApplication')?.variables).toEqual({ input: { applicationId: 'a1', decision: 'Паспорт действителен' } });
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'WorkspaceApplication')).toHaveLength(2));
    expect(screen.getByTestId('application-status').textContent).toBe('Исполнено');
  });

  it('sends a blank reason to the API and shows its coded refusal at the field and as an alert', async () => {
    const calls = stubGateway({
      WorkspaceApplication: () => ({ data: { application: { ...application('IN_PROGRESS', '2026-12-02T10:00:00Z'), service: { id: 's1', formSchema: {} } } } }),
      WorkspaceRejectApplication: () => ({ data: { rejectApplication: { application: null, userErrors: [{ field: 'reason', code: 'REQUIRED', message: 'Обязательное поле' }] } } }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Отказать' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Обязательное поле (код REQUIRED)'));
    expect(calls.find((c) => c.operationName === 'WorkspaceRejectApplication')?.variables).toEqual({ input: { applicationId: 'a1', reason: '' } });
    const reason = screen.getByLabelText('Причина отказа');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent).toBe('Обязательное поле');
    expect(screen.getByTestId('application-status').textContent).toBe('В работе');
  });
});

describe('newerApplication', () => {
  const copy = (updatedAt: string, changes: number) => ({ updatedAt, history: Array.from({ length: changes }) });
  it('keeps the later copy by updatedAt, then by history', () => {
    const loaded = copy('2026-12-02T10:00:00Z', 3);
    expect(newerApplication(loaded, null)).toBe(loaded);
    const later = copy('2026-12-02T10:00:01Z', 3);
    expect(newerApplication(loaded, later)).toBe(later);
    expect(newerApplication(later, loaded)).toBe(later);
    const longer = copy('2026-12-02T10:00:00Z', 4);
    expect(newerApplication(loaded, longer)).toBe(longer);
    expect(newerApplication(longer, loaded)).toBe(longer);
  });
});
