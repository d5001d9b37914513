import { randomUUID } from 'node:crypto';
import { isUniqueViolationOn, keysetOrder, generateUin, uinProblem, type PageWindow } from '@eco/kit';
import type { Invoice, PrismaClient } from '../generated/prisma/client';
import { isUuid } from '../shared/ids';
import { failure, problem, success, type Outcome, type PaymentsProblem } from '../shared/problems';
import type { SourceItem, SourceItemsClient, SourceKind } from '../sources/source-items-client';
import { SourceUnavailableError } from '../sources/source-items-client';

export type InvoiceRow = Invoice;
export type InvoiceSourceValue = 'STATE_FEE' | 'FINE' | 'TAX';
export type InvoiceStatusValue = 'UNPAID' | 'PAID' | 'CANCELLED' | 'EXPIRED';

/** How long a citizen has to pay an invoice they created, and a state fee. */
export const INVOICE_TERM_DAYS = 20;
export const MAX_ITEMS_PER_INVOICE = 50;
/** The payee prefix of this portal's own UINs (a fixed code standing in for the administrator's code). */
export const PORTAL_UIN_PREFIX = '3210';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface NewInvoice {
  payerId: string;
  purposeRu: string;
  purposeEn: string;
  amountKopecks: number;
  source: InvoiceSourceValue;
  sourceIds: string[];
  originKey?: string | null;
  dueDate: Date;
  /** Test data of a sandbox citizen (default: live). */
  sandbox?: boolean;
}

export interface InvoiceFilter {
  status?: InvoiceStatusValue | null;
  source?: InvoiceSourceValue | null;
}

/** Newest first. */
export const INVOICES_ORDER = keysetOrder<InvoiceRow>('invoices', [['createdAt', 'desc'], ['id', 'asc']]);

/** Invoices (начисления): who owes what for which fines / taxes / application, by when. */
export class InvoicesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sourceItems: SourceItemsClient,
    private readonly now: () => Date,
  ) {}

  async byIds(ids: readonly string[]): Promise<(InvoiceRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.invoice.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** "source:id" keys → the newest non-cancelled invoice covering that item (Fine.invoice & co). */
  async newestForSources(keys: readonly string[]): Promise<(InvoiceRow | null)[]> {
    const ids = [...new Set(keys.map((key) => key.split(':')[1]).filter((id): id is string => Boolean(id)))];
    const rows = ids.length
      ? await this.prisma.invoice.findMany({
          where: { sourceIds: { hasSome: ids }, status: { not: 'CANCELLED' } },
          orderBy: { createdAt: 'desc' },
        })
      : [];
    return keys.map((key) => {
      const [source, id] = key.split(':');
      return rows.find((row) => row.source === source && row.sourceIds.includes(id)) ?? null;
    });
  }

  async listForPayer(payerId: string, filter: InvoiceFilter, window: PageWindow): Promise<{ nodes: InvoiceRow[]; totalCount: number }> {
    const where = {
      payerId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.source ? { source: filter.source } : {}),
    };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.invoice.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.invoice.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  /** Stores a new invoice with a fresh UIN (retried on the unlikely UIN repeat). */
  async insert(invoice: NewInvoice): Promise<InvoiceRow> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.prisma.invoice.create({
          data: { id: randomUUID(), uin: generateUin(PORTAL_UIN_PREFIX), status: 'UNPAID', createdAt: this.now(), ...invoice, originKey: invoice.originKey ?? null },
        });
      } catch (error) {
        if (attempt < 3 && isUniqueViolationOn(error, ['uin'])) continue;
        throw error;
      }
    }
  }

  /**
   * "Pay all selected fines" (or taxes): ONE invoice for the caller's items. The items are read
   * from taxes-fines WITH THE CALLER'S TOKEN, so foreign items come back as errors/null there and
   * are refused here exactly like unknown ones (nobody learns that someone else's fine exists).
   */
  async createForSourceItems(
    payerId: string,
    input: { source: InvoiceSourceValue; sourceIds: string[] },
    token: string | null,
    /** The payer is a sandbox (test) citizen (their token says so): the invoice is test data. */
    sandbox = false,
  ): Promise<Outcome<InvoiceRow>> {
    if (input.source !== 'FINE' && input.source !== 'TAX') return failure([problem('source', 'SOURCE_NOT_ALLOWED')]);
    const ids = [...new Set(input.sourceIds)];
    if (ids.length === 0) return failure([problem('sourceIds', 'SOURCE_IDS_REQUIRED')]);
    if (ids.length > MAX_ITEMS_PER_INVOICE) return failure([problem('sourceIds', 'TOO_MANY_ITEMS', { limit: MAX_ITEMS_PER_INVOICE })]);
    const kind: SourceKind = input.source === 'FINE' ? 'Fine' : 'TaxAccrual';

    let items: (SourceItem | null)[];
    try {
      items = await this.sourceItems.fetch(kind, ids, token);
    } catch (error) {
      if (error instanceof SourceUnavailableError) return failure([problem(null, 'SOURCE_UNAVAILABLE')]);
      throw error;
    }
    const problems: PaymentsProblem[] = [];
    items.forEach((item, index) => {
      const field = `sourceIds.${index}`;
      if (!item) problems.push(problem(field, 'SOURCE_ITEM_NOT_FOUND'));
      else if (!item.payable || item.amountDue <= 0) problems.push(problem(field, 'SOURCE_ITEM_NOT_PAYABLE'));
      else {
        // The accrual's own UIN must be a real one: a wrong control digit means a corrupted record.
        const uin = uinProblem(item.uin);
        if (uin) problems.push(problem(field, uin));
      }
    });
    if (problems.length) return failure(problems);

    const open = await this.prisma.invoice.findMany({ where: { source: input.source, status: 'UNPAID', sourceIds: { hasSome: ids } }, select: { sourceIds: true } });
    ids.forEach((id, index) => {
      if (open.some((row) => row.sourceIds.includes(id))) problems.push(problem(`sourceIds.${index}`, 'SOURCE_ITEM_ALREADY_INVOICED'));
    });
    if (problems.length) return failure(problems);

    const paid = items as SourceItem[];
    const amountKopecks = paid.reduce((sum, item) => sum + item.amountDue, 0);
    const uins = paid.map((item) => item.uin).join(', ');
    const [ru, en] = input.source === 'FINE' ? ['Оплата штрафов', 'Payment of fines'] : ['Оплата налогов', 'Payment of taxes'];
    const invoice = await this.insert({
      payerId,
      purposeRu: `${ru} (УИН ${uins})`,
      purposeEn: `${en} (UIN ${uins})`,
      amountKopecks,
      source: input.source,
      sourceIds: ids,
      dueDate: new Date(this.now().getTime() + INVOICE_TERM_DAYS * DAY_MS),
      sandbox,
    });
    return success(invoice);
  }

  /**
   * A state-fee invoice for a newly submitted application; at most one per application
   * (the origin key is unique), so a redelivered event creates nothing new.
   */
  async createStateFee(args: { applicationId: string; applicantId: string; feeKopecks: number; titleRu: string; titleEn: string; sandbox: boolean }): Promise<InvoiceRow | null> {
    const originKey = `application:${args.applicationId}`;
    const existing = await this.prisma.invoice.findUnique({ where: { originKey } });
    if (existing) return existing;
    try {
      return await this.insert({
        payerId: args.applicantId,
        purposeRu: `Государственная пошлина: ${args.titleRu}`,
        purposeEn: `State fee: ${args.titleEn}`,
        amountKopecks: args.feeKopecks,
        source: 'STATE_FEE',
        sourceIds: [args.applicationId],
        originKey,
        dueDate: new Date(this.now().getTime() + INVOICE_TERM_DAYS * DAY_MS),
        sandbox: args.sandbox,
      });
    } catch (error) {
      // A concurrent delivery of the same event got there first.
      if (isUniqueViolationOn(error, ['origin_key', 'originKey'])) return this.prisma.invoice.findUnique({ where: { originKey } });
      throw error;
    }
  }

  /**
   * An application withdrawn or rejected before its fee was paid owes nothing: its UNPAID fee
   * invoice is cancelled. A payment in flight holds the invoice row lock, so either it captures
   * first (the invoice stays PAID) or it finds the invoice CANCELLED and releases its hold.
   */
  async cancelStateFee(applicationId: string): Promise<number> {
    const { count } = await this.prisma.invoice.updateMany({
      where: { originKey: `application:${applicationId}`, status: 'UNPAID' },
      data: { status: 'CANCELLED' },
    });
    return count;
  }

  /** Unpaid invoices past their due date become EXPIRED (run periodically and before paying). */
  async expireOverdue(): Promise<number> {
    const result = await this.prisma.invoice.updateMany({ where: { status: 'UNPAID', dueDate: { lt: this.now() } }, data: { status: 'EXPIRED' } });
    return result.count;
  }
}
