/** An invoice as the due list knows it (the newest non-cancelled one covering an item). */
export interface InvoiceLike {
  id: string;
  status: string;
  sourceIds: readonly string[];
}

export interface DueItem<I extends InvoiceLike = InvoiceLike> {
  id: string;
  amountDue: number;
  invoice: I | null;
}

/** The item's invoice while it still waits for payment; a paid, expired or cancelled one is history. */
export function openInvoiceOf<I extends InvoiceLike>(item: DueItem<I>): I | null {
  return item.invoice?.status === 'UNPAID' ? item.invoice : null;
}

/**
 * The open invoice that covers exactly the selected items, if there is one. The API refuses a
 * second invoice for an item already on an unpaid one (SOURCE_ITEM_ALREADY_INVOICED), so ticking
 * the same items again pays that invoice instead of asking for a new one.
 */
export function invoiceCoveringExactly<I extends InvoiceLike>(items: readonly DueItem<I>[], selected: ReadonlySet<string>): I | null {
  const chosen = items.filter((item) => selected.has(item.id));
  if (chosen.length === 0 || chosen.length !== selected.size) return null;
  const invoice = openInvoiceOf(chosen[0]);
  if (!invoice) return null;
  const covers = new Set(invoice.sourceIds);
  const same = chosen.every((item) => openInvoiceOf(item)?.id === invoice.id) && covers.size === selected.size && [...selected].every((id) => covers.has(id));
  return same ? invoice : null;
}

/** The unpaid invoices among the items, each once, in the order the items come. */
export function openInvoicesOf<I extends InvoiceLike>(items: readonly DueItem<I>[]): I[] {
  const seen = new Map<string, I>();
  for (const item of items) {
    const invoice = openInvoiceOf(item);
    if (invoice && !seen.has(invoice.id)) seen.set(invoice.id, invoice);
  }
  return [...seen.values()];
}

/** The items still due: those a captured payment covered leave the list at once (taxes-fines learns of it a moment later). */
export function stillDue<T extends { id: string }>(items: readonly T[], paid: ReadonlySet<string>): T[] {
  return items.filter((item) => !paid.has(item.id));
}
