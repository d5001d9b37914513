/**
 * The otpauth:// URI as an SVG picture in a data: URL (the portal's CSP allows img data:), so the
 * secret never leaves the page for a QR service. The library loads only when someone sets up an app.
 */
export async function otpauthQrDataUrl(otpauthUri: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "JBSWY3DPEHPK3PXP…" in groups of four, as authenticator apps show keys for typing in. */
export const groupedSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');
