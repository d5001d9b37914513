import { describe, expect, it } from 'vitest';
import { maskDriverLicence, maskInn, maskPassport, maskSnils } from '../src/pages/profile/masking';
import { splitUserErrors } from '../src/pages/profile/user-errors';

describe('splitUserErrors', () => {
  it('puts each message next to the field its path names, below the form’s prefix', () => {
    const errors = [
      { field: 'passport.series', code: 'INVALID_PASSPORT_SERIES', message: 'Серия — 4 цифры' },
      { field: 'passport.issueDate', code: 'ISSUE_DATE_BEFORE_BIRTH', message: 'Раньше рождения' },
    ];
    expect(splitUserErrors(errors, ['series', 'number', 'issueDate'], 'passport')).toEqual({ byField: { series: 'Серия — 4 цифры', issueDate: 'Раньше рождения' }, general: [] });
  });

  it('gives a path below a field (a list item) to that field, messages joined once each', () => {
    const errors = [
      { field: 'driverLicence.categories.0', code: 'INVALID_LICENCE_CATEGORY', message: 'Неизвестная категория' },
      { field: 'driverLicence.categories.2', code: 'INVALID_LICENCE_CATEGORY', message: 'Неизвестная категория' },
      { field: 'driverLicence.number', code: 'REQUIRED', message: 'Заполните поле' },
      { field: 'driverLicence.number', code: 'OTHER', message: 'Ещё' },
    ];
    expect(splitUserErrors(errors, ['number', 'categories'], 'driverLicence').byField).toEqual({ categories: 'Неизвестная категория', number: 'Заполните поле; Ещё' });
  });

  it('matches dotted form fields whole, and keeps the rest for the form as a whole', () => {
    const errors = [
      { field: 'birthCertificate.series', code: 'X', message: 'Серия' },
      { field: 'birthCertificate', code: 'Y', message: 'Свидетельство уже есть' },
      { field: null, code: 'Z', message: 'Общая ошибка' },
    ];
    expect(splitUserErrors(errors, ['birthCertificate.series', 'birthCertificate.number'])).toEqual({ byField: { 'birthCertificate.series': 'Серия' }, general: ['Свидетельство уже есть', 'Общая ошибка'] });
    expect(splitUserErrors(null, ['snils'])).toEqual({ byField: {}, general: [] });
  });
});

describe('masking', () => {
  it('hides numbers the way the API does for others', () => {
    expect(maskSnils('112-233-445 95')).toBe('***-***-445 95');
    expect(maskInn('500100732259')).toBe('********2259');
    expect(maskPassport('4510', '123489')).toEqual({ series: '45**', number: '****89' });
    expect(maskDriverLicence('99 21 345678')).toBe('** ** **5678');
  });
});
