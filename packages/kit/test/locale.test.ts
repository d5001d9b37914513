import { localeFromAcceptLanguage } from '../src/i18n/locale';

describe('locale from Accept-Language', () => {
  it.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE, en;q=0.5, ru;q=0.8', 'ru'],
    ['fr, de', 'ru'],
    ['ru;q=0, en;q=0.1', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
