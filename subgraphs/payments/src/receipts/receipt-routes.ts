import { errorCodeOf, type TokenVerifier } from '@eco/kit';
import type { Express } from 'express';
import type { InvoicesService } from '../invoices/invoices.service';
import type { PaymentsService } from '../payments/payments.service';
import { receiptHtml, receiptJson, receiptOf } from './receipt';

/**
 * GET /receipts/<paymentId>.json and .html, for the payer only (Authorization: Bearer, verified
 * like every GraphQL request). Anyone else gets 403, whether or not the payment exists with them.
 */
export function mountReceiptRoutes(app: Express, deps: { tokenVerifier: TokenVerifier; payments: PaymentsService; invoices: InvoicesService }): void {
  app.get('/receipts/:file', async (req, res) => {
    const match = /^([0-9a-f-]{36})\.(json|html)$/i.exec(String(req.params.file));
    if (!match) {
      res.status(404).json({ error: 'NOT_FOUND', message: 'No such receipt' });
      return;
    }
    const [, paymentId, format] = match;
    res.setHeader('cache-control', 'private, no-store');
    let userId: string | null;
    try {
      userId = (await deps.tokenVerifier.viewerFromAuthorization(req.headers.authorization)).userId;
    } catch (error) {
      res.status(401).json({ error: errorCodeOf(error) ?? 'UNAUTHENTICATED', message: error instanceof Error ? error.message : 'Invalid token' });
      return;
    }
    if (!userId) {
      res.status(401).json({ error: 'UNAUTHENTICATED', message: 'Authentication required' });
      return;
    }
    const [payment] = await deps.payments.byIds([paymentId]);
    if (payment && payment.payerId !== userId) {
      res.status(403).json({ error: 'FORBIDDEN', message: 'Only the payer can see this receipt' });
      return;
    }
    const [invoice] = payment ? await deps.invoices.byIds([payment.invoiceId]) : [null];
    const receipt = payment && invoice ? receiptOf(payment, invoice) : null;
    if (!receipt) {
      res.status(404).json({ error: 'NOT_FOUND', message: 'No receipt: no such captured payment' });
      return;
    }
    if (format.toLowerCase() === 'json') res.json(receiptJson(receipt));
    else res.type('html').send(receiptHtml(receipt));
  });
}
