// People type document series on whichever keyboard layout is active, and Latin and
// Cyrillic capitals that look the same are indistinguishable on paper. These tables map
// each lookalike to the alphabet the document actually uses.

/** Cyrillic lookalikes of the Latin letters used in Roman numerals. */
const CYRILLIC_TO_ROMAN: Readonly<Record<string, string>> = {
  'І': 'I', // U+0406, Ukrainian/Belarusian I
  'Ӏ': 'I', // U+04C0, palochka
  'Х': 'X',
  'С': 'C',
};

/** Latin lookalikes of Cyrillic capitals. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};

function mapChars(value: string, table: Readonly<Record<string, string>>): string {
  return [...value].map((char) => table[char] ?? char).join('');
}

export function toRomanLetters(value: string): string {
  return mapChars(value, CYRILLIC_TO_ROMAN);
}

export function toCyrillicLetters(value: string): string {
  return mapChars(value, LATIN_TO_CYRILLIC);
}
