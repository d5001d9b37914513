import { codedProblem, localizeProblems, outcomeHelpers, type CodedProblem, type LocalizedText, type Locale, type Outcome as KitOutcome, type UserError } from '@eco/kit';

/** An expected failure as services report it: a code, no language, no GraphQL. */
export type HealthcareCode =
  | 'SLOT_NOT_FOUND'
  | 'SLOT_TAKEN'
  | 'SLOT_IN_PAST'
  | 'SAME_SLOT'
  | 'SPECIALTY_MISMATCH'
  | 'ACTIVE_APPOINTMENT_EXISTS'
  | 'APPOINTMENT_NOT_FOUND'
  | 'APPOINTMENT_NOT_ACTIVE'
  | 'APPOINTMENT_BUSY'
  | 'CANCELLATION_CUTOFF_PASSED'
  | 'INVALID_DATE_RANGE';

export type HealthcareProblem = CodedProblem<HealthcareCode>;

export const problem = codedProblem<HealthcareCode>;

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = KitOutcome<T, HealthcareProblem>;
export const { success, failure } = outcomeHelpers<HealthcareProblem>();

/**
 * Thrown inside a transaction to roll it back with a coded problem: returning a failure from
 * the callback would commit whatever the earlier statements did.
 */
export class Refusal extends Error {
  constructor(readonly problem: HealthcareProblem) {
    super(problem.code);
  }
}

export const MESSAGES: Record<HealthcareCode, LocalizedText> = {
  SLOT_NOT_FOUND: { ru: 'Такого времени приёма нет', en: 'No such appointment slot' },
  SLOT_TAKEN: { ru: 'Это время уже занято, выберите другое', en: 'This time has already been taken; choose another one' },
  SLOT_IN_PAST: { ru: 'Это время уже прошло', en: 'This time is in the past' },
  SAME_SLOT: { ru: 'Вы уже записаны на это время', en: 'The appointment is already at this time' },
  SPECIALTY_MISMATCH: {
    ru: 'Перенести запись можно только к врачу той же специальности',
    en: 'An appointment can only be moved to a doctor of the same specialty',
  },
  ACTIVE_APPOINTMENT_EXISTS: {
    ru: 'У вас уже есть активная запись к врачу этой специальности. Отмените или перенесите её',
    en: 'You already have an active appointment with this specialty; cancel or reschedule it',
  },
  APPOINTMENT_NOT_FOUND: { ru: 'Запись не найдена', en: 'No such appointment' },
  APPOINTMENT_NOT_ACTIVE: { ru: 'Запись уже отменена или завершена', en: 'The appointment has already been cancelled or completed' },
  APPOINTMENT_BUSY: {
    ru: 'Запись сейчас изменяется в другом окне, повторите через несколько секунд',
    en: 'The appointment is being changed elsewhere right now; try again in a few seconds',
  },
  CANCELLATION_CUTOFF_PASSED: {
    ru: 'Отменить или перенести запись можно не позднее чем за {hours} ч до приёма',
    en: 'An appointment can be cancelled or moved until {hours} h before it starts',
  },
  INVALID_DATE_RANGE: {
    ru: 'Неверный период: начало должно быть раньше конца, не более {days} дней',
    en: 'Invalid period: the start must be before the end, at most {days} days',
  },
};

/** Service problems → user errors in the caller's language, placeholders filled in. */
export function userErrorsFor(problems: readonly HealthcareProblem[], locale: Locale): UserError[] {
  return localizeProblems(problems, MESSAGES, locale);
}
