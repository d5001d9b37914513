import type { AreaMessages } from '../../i18n/i18n';

type Key = 'title' | 'intro' | 'submit' | 'submitting' | 'notFound' | 'notOnline' | 'back' | 'draftFailed' | 'prefilled' | 'failed' | 'required';

/** The apply page's texts. */
export const applyMessages: AreaMessages<Key> = {
  ru: {
    title: 'Заявление: {service}',
    intro: 'Срок рассмотрения — {days} раб. дн. Поля без пометки «необязательно» нужно заполнить.',
    submit: 'Отправить заявление',
    submitting: 'Заявление отправляется…',
    notFound: 'Услуга не найдена',
    notOnline: 'Эту услугу нельзя получить онлайн.',
    back: 'К описанию услуги',
    draftFailed: 'Не удалось подставить данные из профиля: заполните форму вручную.',
    prefilled: 'Часть полей заполнена из вашего профиля — проверьте их.',
    failed: 'Заявление не отправлено: {message}',
    required: 'обязательно',
  },
  en: {
    title: 'Application: {service}',
    intro: 'Processing takes {days} working days. Fields not marked “optional” are required.',
    submit: 'Submit the application',
    submitting: 'Submitting…',
    notFound: 'Service not found',
    notOnline: 'This service cannot be applied for online.',
    back: 'Back to the service',
    draftFailed: 'Your profile data could not be filled in: please fill in the form yourself.',
    prefilled: 'Some fields are filled in from your profile: please check them.',
    failed: 'The application was not submitted: {message}',
    required: 'required',
  },
};
