import { objectField, organizationInnField, patternField, textField } from '../form-fields';

export const SCHOOL = objectField('Образовательная организация', ['name', 'inn'], {
  name: textField('Наименование', 300),
  inn: organizationInnField(),
});

// Exam participant codes and school-leaving certificate numbers as printed on the documents.
export const EXAM_PASSPORT_SERIES = patternField('Серия паспорта участника экзамена', '^\\d{4}$');
export const EXAM_PASSPORT_NUMBER = patternField('Номер паспорта участника экзамена', '^\\d{6}$');
export const CERTIFICATE_NUMBER = patternField('Номер аттестата (14 цифр)', '^\\d{14}$');
