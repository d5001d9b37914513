import { enumField, patternField } from '../form-fields';

export const OMS_NUMBER = patternField('Номер полиса ОМС (16 цифр)', '^\\d{16}$');
// Clinics are addressed by their OID in the federal register of medical organisations.
export const CLINIC_OID = patternField('Медицинская организация (OID из ФРМО)', '^1\\.2\\.643\\.5\\.1\\.13\\.13\\.12\\.2(\\.\\d+)+$');

export const SPECIALTY = enumField('Специальность врача', [
  'Терапевт',
  'Педиатр',
  'Врач общей практики',
  'Стоматолог',
  'Гинеколог',
  'Хирург',
  'Офтальмолог',
  'Оториноларинголог',
  'Невролог',
  'Кардиолог',
  'Эндокринолог',
  'Уролог',
  'Дерматовенеролог',
]);
