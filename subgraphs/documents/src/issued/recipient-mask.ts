/**
 * A recipient's name as a stranger holding the document may see it: enough to tell it is the
 * person in front of them, not enough to learn a name from a hash. «Иванов Иван Иванович» →
 * «И***в И. И.»; one-word names keep their first and last letter.
 */
export function maskRecipientName(fullName: string): string {
  const [surname = '', ...rest] = fullName.trim().split(/\s+/).filter(Boolean);
  const letters = [...surname];
  const masked = letters.length <= 2 ? `${letters[0] ?? ''}***` : `${letters[0]}***${letters[letters.length - 1]}`;
  const initials = rest.map((name) => `${[...name][0]}.`).join(' ');
  return initials ? `${masked} ${initials}` : masked;
}
