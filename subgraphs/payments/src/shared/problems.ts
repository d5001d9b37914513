import { codedProblem, IDEMPOTENCY_MESSAGES, localizeProblems, outcomeHelpers, type CodedProblem, type IdempotencyCode, type Locale, type LocalizedText, type Outcome as KitOutcome, type UserError } from '@eco/kit';

/** Codes of the payments subgraph's expected failures (userErrors[].code) and payment failure codes. */
export type PaymentsCode =
  | 'INVALID_ID'
  | 'INVOICE_NOT_FOUND'
  | 'INVOICE_NOT_PAYABLE'
  | IdempotencyCode
  | 'CARD_REQUIRED'
  | 'CARD_NOT_ALLOWED'
  | 'CARD_NUMBER_INVALID'
  | 'CARD_EXPIRY_INVALID'
  | 'CARD_EXPIRED'
  | 'CARD_CVC_INVALID'
  | 'SOURCE_NOT_ALLOWED'
  | 'SOURCE_IDS_REQUIRED'
  | 'TOO_MANY_ITEMS'
  | 'SOURCE_ITEM_NOT_FOUND'
  | 'SOURCE_ITEM_NOT_PAYABLE'
  | 'SOURCE_ITEM_ALREADY_INVOICED'
  | 'UIN_CHECKSUM'
  | 'UIN_FORMAT'
  | 'SOURCE_UNAVAILABLE'
  | 'PAYMENT_NOT_FOUND'
  | 'PAYMENT_NOT_REFUNDABLE'
  | 'AMOUNT_INVALID'
  | 'REFUND_EXCEEDS_REFUNDABLE'
  | 'REFUNDABLE_AMOUNT_CONFLICT'
  | 'REASON_REQUIRED'
  | 'PROVIDER_ERROR';

export type PaymentsProblem = CodedProblem<PaymentsCode>;

export const problem = codedProblem<PaymentsCode>;

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = KitOutcome<T, PaymentsProblem>;
export const { success, failure } = outcomeHelpers<PaymentsProblem>();

export const MESSAGES: Record<PaymentsCode, LocalizedText> = {
  INVALID_ID: { ru: 'Неверный идентификатор', en: 'Invalid id' },
  INVOICE_NOT_FOUND: { ru: 'Начисление не найдено', en: 'No such invoice' },
  INVOICE_NOT_PAYABLE: { ru: 'Начисление нельзя оплатить (статус «{status}»)', en: 'This invoice cannot be paid (status {status})' },
  ...IDEMPOTENCY_MESSAGES,
  CARD_REQUIRED: { ru: 'Укажите данные карты', en: 'Card details are required' },
  CARD_NOT_ALLOWED: { ru: 'Данные карты указываются только для оплаты картой', en: 'Card details are only for card payments' },
  CARD_NUMBER_INVALID: { ru: 'Неверный номер карты', en: 'Invalid card number' },
  CARD_EXPIRY_INVALID: { ru: 'Срок действия — в формате ММ/ГГ', en: 'Expiry must be MM/YY' },
  CARD_EXPIRED: { ru: 'Срок действия карты истёк', en: 'The card has expired' },
  CARD_CVC_INVALID: { ru: 'CVC — 3 цифры', en: 'CVC must be 3 digits' },
  SOURCE_NOT_ALLOWED: { ru: 'Можно выставить счёт только на штрафы и налоги', en: 'Invoices can only be created for fines and taxes' },
  SOURCE_IDS_REQUIRED: { ru: 'Выберите хотя бы одно начисление', en: 'Select at least one item' },
  TOO_MANY_ITEMS: { ru: 'Не более {limit} начислений в одном счёте', en: 'At most {limit} items per invoice' },
  SOURCE_ITEM_NOT_FOUND: { ru: 'Начисление не найдено', en: 'No such item' },
  SOURCE_ITEM_NOT_PAYABLE: { ru: 'Это начисление сейчас нельзя оплатить', en: 'This item cannot be paid now' },
  SOURCE_ITEM_ALREADY_INVOICED: {
    ru: 'На это начисление уже выставлен неоплаченный счёт',
    en: 'There is already an unpaid invoice for this item',
  },
  UIN_CHECKSUM: { ru: 'Неверный УИН: не сходится контрольный разряд', en: 'Invalid UIN: the control digit does not match' },
  UIN_FORMAT: { ru: 'УИН — 20 или 25 цифр', en: 'A UIN is 20 or 25 digits' },
  SOURCE_UNAVAILABLE: { ru: 'Сервис начислений временно недоступен, попробуйте позже', en: 'The accruals service is unavailable, try again later' },
  PAYMENT_NOT_FOUND: { ru: 'Платёж не найден', en: 'No such payment' },
  PAYMENT_NOT_REFUNDABLE: { ru: 'Возврат возможен только по проведённому платежу', en: 'Only a captured payment can be refunded' },
  AMOUNT_INVALID: { ru: 'Сумма должна быть положительной (в копейках)', en: 'The amount must be a positive number of kopecks' },
  REFUND_EXCEEDS_REFUNDABLE: {
    ru: 'Сумма возврата больше доступной ({refundable} коп.)',
    en: 'The refund is more than the refundable amount ({refundable} kopecks)',
  },
  REFUNDABLE_AMOUNT_CONFLICT: {
    ru: 'Доступная к возврату сумма изменилась (сейчас {refundable} коп.) — обновите страницу',
    en: 'The refundable amount has changed (now {refundable} kopecks) — reload',
  },
  REASON_REQUIRED: { ru: 'Укажите причину возврата (до 500 символов)', en: 'Give a reason for the refund (up to 500 characters)' },
  PROVIDER_ERROR: { ru: 'Платёжный провайдер не ответил, попробуйте позже', en: 'The payment provider failed, try again later' },
};

/** Why a payment failed, as the payer reads it. */
export const FAILURE_MESSAGES: Record<string, LocalizedText> = {
  CARD_DECLINED: { ru: 'Банк отклонил платёж', en: 'The bank declined the payment' },
  INSUFFICIENT_FUNDS: { ru: 'Недостаточно средств', en: 'Insufficient funds' },
  PROVIDER_ERROR: { ru: 'Ошибка платёжного провайдера, попробуйте позже', en: 'Payment provider error, try again later' },
  INVOICE_NOT_PAYABLE: { ru: 'Начисление уже оплачено', en: 'The invoice has already been paid' },
  INTERNAL_ERROR: { ru: 'Платёж не проведён из-за внутренней ошибки, деньги не списаны', en: 'The payment failed on an internal error; no money was taken' },
};

export function userErrorsFor(problems: readonly PaymentsProblem[], locale: Locale): UserError[] {
  return localizeProblems(problems, MESSAGES, locale);
}
