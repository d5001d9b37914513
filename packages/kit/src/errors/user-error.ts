import { Directive, Field, ObjectType } from 'type-graphql';
import type { Locale, LocalizedText } from '../i18n/locale';

/**
 * An expected failure of a mutation (validation, a business rule), returned in the payload
 * rather than thrown, so a form can show every problem next to its field at once.
 */
@Directive('@shareable')
@ObjectType({ description: 'An expected failure of a mutation: which field, what is wrong, a stable code.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'Dotted path of the input field, e.g. "passport.series"; null for the whole input.' })
  field!: string | null;

  @Field({ description: 'Human-readable message in the requested language.' })
  message!: string;

  @Field({ description: 'Stable machine-readable code, e.g. SNILS_CHECKSUM or EMAIL_TAKEN.' })
  code!: string;
}

export interface Problem {
  field: string | null;
  code: string;
}

/** Turns coded problems into user errors with messages in the caller's language. */
export function toUserErrors(
  problems: readonly Problem[],
  messages: Readonly<Record<string, LocalizedText>>,
  locale: Locale,
): UserError[] {
  return problems.map((problem) => ({
    field: problem.field,
    code: problem.code,
    message: messages[problem.code]?.[locale] ?? problem.code,
  }));
}
