import type { ReactNode } from 'react';
import { useAreaMessages } from '../../i18n/i18n';
import { paymentsMessages } from './messages';
import './payments.css';

/**
 * One fine or tax in the due list: a checkbox named by the item, its details tied to it
 * (aria-describedby), and a note when it already waits on an unpaid invoice.
 */
export function DueItemRow({ id, label, checked, disabled, onToggle, openInvoiceUin, children }: { id: string; label: ReactNode; checked: boolean; disabled: boolean; onToggle: (on: boolean) => void; openInvoiceUin: string | null; children: ReactNode }) {
  const t = useAreaMessages(paymentsMessages);
  return (
    <li className="account-item">
      <input type="checkbox" id={id} checked={checked} disabled={disabled} onChange={(e) => onToggle(e.target.checked)} aria-describedby={`${id}-details`} />
      <div>
        <label htmlFor={id}>{label}</label>
        <div id={`${id}-details`} className="payments-details">
          {children}
          {openInvoiceUin && <p className="hint">{t('payments.inInvoice', { uin: openInvoiceUin })}</p>}
        </div>
      </div>
    </li>
  );
}
