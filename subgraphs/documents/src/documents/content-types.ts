/** The types a person may upload, as createUpload accepts them (and as detected from the bytes). */
export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/heif'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

/** Declared types a browser may send for the same thing: "image/jpg" is a common misspelling. */
const ALIASES: Record<string, AllowedContentType> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'application/x-pdf': 'application/pdf' };

/** The allowed type a declared Content-Type names (parameters and case ignored), or null. */
export function allowedContentType(declared: string): AllowedContentType | null {
  const bare = declared.split(';')[0].trim().toLowerCase();
  const type = ALIASES[bare] ?? bare;
  return (ALLOWED_CONTENT_TYPES as readonly string[]).includes(type) ? (type as AllowedContentType) : null;
}

/** HEIC is one brand of the HEIF container: a phone may declare either for the same file. */
const familyOf = (type: string) => (type === 'image/heif' ? 'image/heic' : type);

/** Whether the bytes' type is what was declared. */
export function typesMatch(declared: string, detected: string): boolean {
  return familyOf(declared) === familyOf(detected);
}
