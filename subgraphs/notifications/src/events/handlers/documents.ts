import { documentIssued, documentQuarantined } from '@eco/kit';
import { eventHandler } from '../event-handler';

/** «Готов результат по заявлению №2026-000123» for the applicant: the signed PDF is in their account. */
export const documentIssuedHandler = eventHandler({
  contract: documentIssued,
  label: { ru: 'Готовые результаты услуг', en: 'Service results ready' },
  // Who received which document is the recipient's business, not an organisation's webhook's.
  webhook: false,
  defaultChannels: { email: true, sms: true },
  notificationsFor: ({ recipientId, applicationNumber, title }) => [
    {
      userId: recipientId,
      title: { ru: `Готов результат по заявлению №${applicationNumber}`, en: `The result of application No. ${applicationNumber} is ready` },
      body: {
        ru: `«${title}»: документ с электронной подписью — в разделе «Мои документы».`,
        en: `“${title}”: the signed document is under “My documents”.`,
      },
    },
  ],
});

/** «Файл не принят: обнаружена угроза» for the uploader, naming the file and what the scanner found. */
export const documentQuarantinedHandler = eventHandler({
  contract: documentQuarantined,
  label: { ru: 'Проверка загруженных файлов', en: 'Uploaded file checks' },
  webhook: false,
  // Told in the account, where the person is uploading; no email or SMS for it by default.
  defaultChannels: { email: false, sms: false },
  notificationsFor: ({ ownerId, fileName, reason }) => [
    {
      userId: ownerId,
      title: { ru: 'Файл не принят: обнаружена угроза', en: 'File not accepted: a threat was found' },
      body: {
        ru: `Антивирус нашёл в файле «${fileName}» угрозу (${reason}). Файл удалён; проверьте устройство и загрузите чистую копию.`,
        en: `The virus scanner found a threat (${reason}) in “${fileName}”. The file was removed; check your device and upload a clean copy.`,
      },
    },
  ],
});
