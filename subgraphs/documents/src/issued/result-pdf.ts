import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * pdfkit's built-in fonts are Latin-only; DejaVu (the npm package dejavu-fonts-ttf, so a fresh
 * install has it) covers Cyrillic.
 */
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface ResultPdfFacts {
  number: string;
  serviceTitle: string;
  applicationNumber: string;
  applicantName: string;
  decision: string;
  departmentName: string;
  issuedAt: Date;
  /** Where the QR code leads: the portal's verification page for this document. */
  verificationUrl: string;
  keyId: string;
  sandbox: boolean;
}

const formatDate = (date: Date) =>
  new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(date);

/** The result document as a one-page A4 PDF (a few KB: rendered in memory). */
export async function renderResultPdf(facts: ResultPdfFacts): Promise<Buffer> {
  const qr = await QRCode.toBuffer(facts.verificationUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    // Fixed dates: the same facts give the same metadata.
    info: { Title: `${facts.serviceTitle} — ${facts.number}`, Author: facts.departmentName, Creator: 'ЕЦО', CreationDate: facts.issuedAt, ModDate: facts.issuedAt },
  });
  pdf.registerFont('regular', FONT_REGULAR);
  pdf.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  pdf.font('regular').fontSize(10).fillColor('#555555').text('Единый центр обслуживания · результат предоставления услуги');
  if (facts.sandbox) pdf.fillColor('#b00020').text('ТЕСТОВЫЙ ДОКУМЕНТ (песочница): юридической силы не имеет');
  pdf.moveDown(1.5).fillColor('#000000').font('bold').fontSize(16).text(facts.serviceTitle);
  pdf.moveDown(0.5).font('regular').fontSize(11).text(`Документ № ${facts.number} от ${formatDate(facts.issuedAt)}`);
  pdf.moveDown(1.5);
  const line = (label: string, value: string) => {
    pdf.font('bold').fontSize(11).text(`${label}: `, { continued: true }).font('regular').text(value);
    pdf.moveDown(0.4);
  };
  line('Заявление', `№ ${facts.applicationNumber}`);
  line('Заявитель', facts.applicantName);
  line('Решение', facts.decision);
  line('Дата выдачи', formatDate(facts.issuedAt));
  line('Ведомство', facts.departmentName);

  pdf.moveDown(2);
  const qrTop = pdf.y;
  pdf.image(qr, pdf.page.margins.left, qrTop, { width: 120 });
  pdf.font('regular').fontSize(9).fillColor('#333333');
  pdf.text('Проверить подлинность документа:', pdf.page.margins.left + 140, qrTop + 10);
  pdf.text(facts.verificationUrl, { link: facts.verificationUrl, underline: true });
  pdf.moveDown(0.5).text(`Файл подписан электронной подписью портала (Ed25519, ключ ${facts.keyId}). Подпись и открытые ключи: /documents/signing-keys.json.`);
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}
