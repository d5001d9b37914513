import sanitize from 'sanitize-filename';

/** The longest name kept, in characters (sanitize-filename also caps it at 255 bytes). */
export const MAX_FILE_NAME_LENGTH = 200;

/**
 * Control characters (C0, DEL, C1) and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) plus the invisible marks that can reorder how a name reads:
 * "invoice\u202Efdp.exe" would show as "invoiceexe.pdf".
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A file name as it may be stored and later sent back in Content-Disposition: the last path
 * part only (no "../", no folders of either slash), without control or bidi characters, and
 * what sanitize-filename (a maintained library) removes for every common filesystem (reserved
 * names, `<>:"/\|?*`, trailing dots and spaces). Empty means nothing usable was left.
 */
export function sanitizeFileName(raw: string): string {
  const withoutInvisible = raw.normalize('NFC').replace(INVISIBLE, '');
  const lastPart = withoutInvisible.split(/[/\\]/).pop() ?? '';
  const cleaned = sanitize(lastPart).trim();
  // Only dots left ("..", "...") is a path trick, not a name.
  if (/^\.*$/.test(cleaned)) return '';
  return [...cleaned].slice(0, MAX_FILE_NAME_LENGTH).join('').trim();
}
