import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { CardPaymentForm } from '../src/pages/payments/CardPaymentForm';
import { SessionProvider } from '../src/session/session';
import { stubGateway } from './support/stub-gateway';

/** payInvoice answering `payment` (the helper stands in for the gateway, signed out). */
const payInvoice = (payment: Record<string, unknown>) => ({ AccountPayInvoice: { data: { payInvoice: { payment, userErrors: [] } } } });

const renderForm = (onPaid = vi.fn()) =>
  render(
    <I18nProvider locale="ru">
      <SessionProvider>
        <CardPaymentForm invoiceId="inv-1" amountKopecks={30000} onPaid={onPaid} />
      </SessionProvider>
    </I18nProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('CardPaymentForm', () => {
  it('fills the card number from the sandbox test cards', async () => {
    stubGateway({});
    renderForm();
    await userEvent.click(screen.getByText('Тестовые карты (песочница)'));
    await userEvent.click(screen.getByRole('button', { name: 'Подставить карту 4000 0000 0000 0069' }));
    expect((screen.getByLabelText(/Номер карты/) as HTMLInputElement).value).toBe('4000 0000 0000 0069');
  });

  it('announces each missing field and sends nothing', async () => {
    const calls = stubGateway({});
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: /Оплатить/ }));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Введите номер карты', 'Введите срок действия', 'Введите CVC']);
    expect(screen.getByLabelText(/Номер карты/).getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
  });

  it('announces a declined card with the API’s reason', async () => {
    const calls = stubGateway(payInvoice({ id: 'p1', status: 'FAILED', amountKopecks: 30000, failureCode: 'CARD_DECLINED', failureMessage: 'Банк отклонил платёж', cardBrand: 'VISA', cardLast4: '0069', receipt: null }));
    renderForm();
    await userEvent.type(screen.getByLabelText(/Номер карты/), '4000000000000069');
    await userEvent.type(screen.getByLabelText(/Срок действия/), '12/29');
    await userEvent.type(screen.getByLabelText(/CVC/), '123');
    await userEvent.click(screen.getByRole('button', { name: /Оплатить/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Платёж не прошёл: Банк отклонил платёж'));
    expect(calls[0].variables.input).toMatchObject({ invoiceId: 'inv-1', method: 'CARD', card: { testCardNumber: '4000000000000069', expiry: '12/29', cvc: '123' } });
    expect(typeof (calls[0].variables.input as Record<string, unknown>).idempotencyKey).toBe('string');
  });

  it('reports a captured payment and offers the receipt', async () => {
    stubGateway(payInvoice({ id: 'p2', status: 'CAPTURED', amountKopecks: 30000, failureCode: null, failureMessage: null, cardBrand: 'VISA', cardLast4: '0002', receipt: { number: '2026-1', issuedAt: '2026-12-03T10:00:00Z', htmlPath: '/receipts/p2.html' } }));
    const onPaid = vi.fn();
    renderForm(onPaid);
    await userEvent.type(screen.getByLabelText(/Номер карты/), '4000 0000 0000 0002');
    await userEvent.type(screen.getByLabelText(/Срок действия/), '12/29');
    await userEvent.type(screen.getByLabelText(/CVC/), '123');
    await userEvent.click(screen.getByRole('button', { name: /Оплатить/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('•••• 0002'));
    expect(onPaid).toHaveBeenCalledWith(expect.objectContaining({ id: 'p2' }));
    expect(screen.getByText('Квитанция № 2026-1', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Открыть квитанцию/ }).getAttribute('href')).toBe('/receipts/p2.html');
  });
});
