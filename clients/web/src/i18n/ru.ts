/** Every text the portal shows, in Russian (the default). en.ts has the same keys. */
export const ru = {
  'app.title': 'Госуслуги',
  'app.skipToContent': 'Перейти к содержанию',
  'nav.home': 'Главная',
  'nav.catalog': 'Услуги',
  'nav.applications': 'Заявления',
  'nav.payments': 'Штрафы и налоги',
  'nav.doctors': 'Запись к врачу',
  'nav.education': 'Детский сад и школа',
  'nav.documents': 'Мои документы',
  'nav.profile': 'Профиль',
  'nav.queue': 'Очередь заявлений',
  'nav.appeals': 'Жалобы на штрафы',
  'nav.offers': 'Детские сады и школы',
  'nav.stats': 'Статистика',
  'nav.audit': 'Журнал аудита',
  'nav.signIn': 'Войти',
  'nav.signOut': 'Выйти',
  'nav.language': 'English',
  'common.loading': 'Загрузка…',
  'common.save': 'Сохранить',
  'common.cancel': 'Отмена',
  'common.notFound': 'Страница не найдена',
} as const;

export type Messages = Record<keyof typeof ru, string>;
