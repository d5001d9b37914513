import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { WorkspaceAppeals } from '../src/pages/workspace/WorkspaceAppeals';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

const appeal = (status: string, comment: string | null = null) => ({
  id: 'ap1',
  text: 'Я не нарушал',
  status,
  comment,
  submittedAt: '2026-12-01T10:00:00Z',
  reviewStartedAt: status === 'SUBMITTED' ? null : '2026-12-02T10:00:00Z',
  decidedAt: null,
  fineUin: '18810177260000000001',
  offence: 'Превышение скорости (ст. 12.9 ч. 2)',
  attachmentRefs: [],
  evidence: [{ id: 'd1', fileName: 'photo.jpg', contentType: 'image/jpeg', size: 1000, status: 'CLEAN', downloadUrl: '/documents/d1?t=x' }],
});

const renderPage = () =>
  render(
    <I18nProvider locale="ru">
      <SessionProvider>
        <MemoryRouter>
          <WorkspaceAppeals />
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('the GIBDD appeal queue', () => {
  it('takes an appeal for review and shows its evidence, opening in a new tab', async () => {
    let status = 'SUBMITTED';
    const calls = stubGateway({
      WorkspaceAppeals: () => ({ data: { appealQueue: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ cursor: 'c', node: appeal(status) }] } } }),
      WorkspaceStartAppealReview: () => {
        status = 'UNDER_REVIEW';
        return { data: { startAppealReview: { appeal: appeal(status), userErrors: [] } } };
      },
    });
    renderPage();
    const link = await screen.findByRole('link', { name: /photo\.jpg/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    await userEvent.click(screen.getByRole('button', { name: 'Взять на рассмотрение' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Готово: статус жалобы — На рассмотрении'));
    expect(calls.find((c) => c.operationName === 'WorkspaceStartAppealReview')?.variables).toEqual({ input: { appealId: 'ap1' } });
    expect(await screen.findByRole('button', { name: 'Вынести решение' })).toBeTruthy();
  });

  it('asks for a decision, then announces the API’s userErrors with their codes', async () => {
    const calls = stubGateway({
      WorkspaceAppeals: () => ({ data: { appealQueue: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ cursor: 'c', node: appeal('UNDER_REVIEW') }] } } }),
      WorkspaceReviewAppeal: () => ({ data: { reviewAppeal: { appeal: null, userErrors: [{ field: 'comment', code: 'REQUIRED', message: 'Укажите обоснование' }] } } }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Вынести решение' }));
    expect(screen.getByRole('alert').textContent).toBe('Заполните поле');
    expect(calls.some((c) => c.operationName === 'WorkspaceReviewAppeal')).toBe(false);
    await userEvent.click(screen.getByRole('radio', { name: /Отклонить/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Вынести решение' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Укажите обоснование (код REQUIRED)'));
    expect(calls.find((c) => c.operationName === 'WorkspaceReviewAppeal')?.variables).toEqual({ input: { appealId: 'ap1', decision: 'DISMISSED' } });
  });
});
