import type { FeedEvent } from '@eco/kit';
import type { EventHandler } from '../event-handler';
import { isUuid } from './payload-values';

/** The payloads documents writes (subgraphs/documents/src/events/document-events.ts). */
interface DocumentIssuedPayload {
  recipientId: string;
  applicationNumber: string;
  title: string;
}

interface DocumentQuarantinedPayload {
  ownerId: string;
  fileName: string;
  reason: string;
}

const text = (value: unknown, max = 300): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/** «Готов результат по заявлению №2026-000123» for the applicant: the signed PDF is in their account. */
export const documentIssued: EventHandler = {
  type: 'document.issued',
  source: 'documents',
  label: { ru: 'Готовые результаты услуг', en: 'Service results ready' },
  // Who received which document is the recipient's business, not an organisation's webhook's.
  webhook: false,
  defaultChannels: { email: true, sms: true },
  notificationsFor(event: FeedEvent) {
    const { recipientId, applicationNumber, title } = event.payload as Partial<DocumentIssuedPayload>;
    if (!isUuid(recipientId) || !text(applicationNumber, 64) || !text(title)) return null;
    return [
      {
        userId: recipientId.toLowerCase(),
        title: { ru: `Готов результат по заявлению №${applicationNumber}`, en: `The result of application No. ${applicationNumber} is ready` },
        body: {
          ru: `«${title}»: документ с электронной подписью — в разделе «Мои документы».`,
          en: `“${title}”: the signed document is under “My documents”.`,
        },
      },
    ];
  },
};

/** «Файл не принят: обнаружена угроза» for the uploader, naming the file and what the scanner found. */
export const documentQuarantined: EventHandler = {
  type: 'document.quarantined',
  source: 'documents',
  label: { ru: 'Проверка загруженных файлов', en: 'Uploaded file checks' },
  webhook: false,
  // Told in the account, where the person is uploading; no email or SMS for it by default.
  defaultChannels: { email: false, sms: false },
  notificationsFor(event: FeedEvent) {
    const { ownerId, fileName, reason } = event.payload as Partial<DocumentQuarantinedPayload>;
    if (!isUuid(ownerId) || !text(fileName) || !text(reason, 200)) return null;
    return [
      {
        userId: ownerId.toLowerCase(),
        title: { ru: 'Файл не принят: обнаружена угроза', en: 'File not accepted: a threat was found' },
        body: {
          ru: `Антивирус нашёл в файле «${fileName}» угрозу (${reason}). Файл удалён; проверьте устройство и загрузите чистую копию.`,
          en: `The virus scanner found a threat (${reason}) in “${fileName}”. The file was removed; check your device and upload a clean copy.`,
        },
      },
    ];
  },
};
