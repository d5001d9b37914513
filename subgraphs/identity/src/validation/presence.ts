/**
 * Form inputs arrive as optional strings; an absent value and one made only of
 * whitespace both mean "the user did not fill this in" and get REQUIRED rather than
 * a format error.
 */
export function isBlank(value: string | null | undefined): value is null | undefined | '' {
  return value === null || value === undefined || value.trim() === '';
}
