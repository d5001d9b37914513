import { describe, expect, it } from 'vitest';
import { groupedSecret, otpauthQrDataUrl } from '../src/pages/profile/otpauth-qr';

describe('the authenticator set-up helpers', () => {
  it('draws the otpauth URI as an SVG QR code in a data: URL (allowed by the portal’s img-src)', async () => {
    const url = await otpauthQrDataUrl('otpauth://totp/%D0%93%D0%BE%D1%81%D1%83%D1%81%D0%BB%D1%83%D0%B3%D0%B8:ivan%40mail.ru?secret=JBSWY3DPEHPK3PXP&issuer=%D0%93%D0%BE%D1%81%D1%83%D1%81%D0%BB%D1%83%D0%B3%D0%B8');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
  });

  it('groups the secret by four for typing in, without losing characters', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupedSecret('ABCDEF')).toBe('ABCD EF');
  });
});
