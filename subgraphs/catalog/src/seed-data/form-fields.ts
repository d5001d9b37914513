// Small builders for the JSON Schema (draft-07) fragments the application
// forms are made of. Every fragment is plain JSON so that it can be stored in
// the catalog as-is, and every fragment stays valid under Ajv strict mode:
// each keyword sits next to the `type` it applies to, and `required` only
// names keys that the sibling `properties` defines (enforced by the generics).

export type JsonSchema = Record<string, unknown>;

type Properties = Record<string, JsonSchema>;

export const JSON_SCHEMA_DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

// Letters, spaces, hyphens and apostrophes: enough for Russian and
// transliterated names while rejecting digits and punctuation noise.
const PERSON_NAME_PATTERN = "^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]*$";

export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export function formSchema<P extends Properties>(
  title: string,
  required: readonly (keyof P & string)[],
  properties: P,
): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DRAFT_07,
    type: 'object',
    title,
    required: [...required],
    properties,
    additionalProperties: false,
  };
}

export function objectField<P extends Properties>(
  title: string,
  required: readonly (keyof P & string)[],
  properties: P,
): JsonSchema {
  return { type: 'object', title, required: [...required], properties, additionalProperties: false };
}

export function textField(title: string, maxLength = 200, minLength = 1): JsonSchema {
  return { type: 'string', title, minLength, maxLength };
}

export function patternField(title: string, pattern: string): JsonSchema {
  return { type: 'string', title, pattern };
}

export function integerField(title: string, minimum: number, maximum: number): JsonSchema {
  return { type: 'integer', title, minimum, maximum };
}

export function numberField(title: string, minimum: number, maximum: number): JsonSchema {
  return { type: 'number', title, minimum, maximum };
}

export function booleanField(title: string): JsonSchema {
  return { type: 'boolean', title };
}

/** A checkbox that must be ticked for the form to be accepted. */
export function confirmField(title: string): JsonSchema {
  return { type: 'boolean', title, const: true };
}

export function consentField(): JsonSchema {
  return confirmField('Согласие на обработку персональных данных');
}

export function dateField(title: string): JsonSchema {
  return { type: 'string', title, format: 'date' };
}

export function dateTimeField(title: string): JsonSchema {
  return { type: 'string', title, format: 'date-time' };
}

export function emailField(title = 'Электронная почта'): JsonSchema {
  return { type: 'string', title, format: 'email', maxLength: 254 };
}

export function uriField(title: string): JsonSchema {
  return { type: 'string', title, format: 'uri', maxLength: 2048 };
}

export function phoneField(title = 'Контактный телефон'): JsonSchema {
  return patternField(title, '^\\+7\\d{10}$');
}

export function enumField(title: string, values: readonly [string, ...string[]]): JsonSchema {
  return { type: 'string', title, enum: [...values] };
}

export function multiEnumField(title: string, values: readonly [string, ...string[]], minItems = 1): JsonSchema {
  return {
    type: 'array',
    title,
    minItems,
    maxItems: values.length,
    uniqueItems: true,
    items: { type: 'string', enum: [...values] },
  };
}

export function arrayField(title: string, items: JsonSchema, minItems = 1, maxItems = 20): JsonSchema {
  return { type: 'array', title, items, minItems, maxItems };
}

/** Reference to a file the applicant uploaded to the portal's file storage. */
export function fileField(title: string, mimeTypes: readonly [string, ...string[]] = DOCUMENT_MIME_TYPES): JsonSchema {
  return objectField(title, ['fileId', 'mimeType'], {
    fileId: patternField('Идентификатор загруженного файла', UUID_PATTERN),
    fileName: textField('Имя файла', 255),
    mimeType: enumField('Тип файла', mimeTypes),
  });
}

export function filesField(title: string, minItems = 1, maxItems = 10): JsonSchema {
  return arrayField(title, fileField('Файл'), minItems, maxItems);
}

export function photoField(title = 'Цифровая фотография'): JsonSchema {
  return fileField(title, ['image/jpeg']);
}

export function fullNameField(title = 'ФИО'): JsonSchema {
  return objectField(title, ['lastName', 'firstName'], {
    lastName: { ...patternField('Фамилия', PERSON_NAME_PATTERN), maxLength: 100 },
    firstName: { ...patternField('Имя', PERSON_NAME_PATTERN), maxLength: 100 },
    middleName: { ...patternField('Отчество (при наличии)', PERSON_NAME_PATTERN), maxLength: 100 },
  });
}

export function mvdUnitCodeField(title = 'Код подразделения'): JsonSchema {
  return patternField(title, '^\\d{3}-\\d{3}$');
}

export function passportField(title = 'Паспорт гражданина РФ'): JsonSchema {
  return objectField(title, ['series', 'number', 'issueDate', 'divisionCode'], {
    series: patternField('Серия', '^\\d{4}$'),
    number: patternField('Номер', '^\\d{6}$'),
    issueDate: dateField('Дата выдачи'),
    issuedBy: textField('Кем выдан', 250),
    divisionCode: mvdUnitCodeField(),
  });
}

export function foreignIdentityDocumentField(title = 'Документ, удостоверяющий личность'): JsonSchema {
  return objectField(title, ['documentType', 'number', 'issueDate', 'issuingCountry'], {
    documentType: enumField('Вид документа', ['Национальный паспорт', 'Вид на жительство другого государства', 'Удостоверение беженца']),
    series: textField('Серия (при наличии)', 10),
    number: textField('Номер', 20),
    issueDate: dateField('Дата выдачи'),
    expiryDate: dateField('Действителен до'),
    issuingCountry: patternField('Государство выдачи (код ОКСМ)', '^\\d{3}$'),
  });
}

export function birthCertificateField(title = 'Свидетельство о рождении'): JsonSchema {
  return objectField(title, ['series', 'number', 'issueDate'], {
    series: patternField('Серия', '^[IVXLC]{1,6}-[А-ЯЁ]{2}$'),
    number: patternField('Номер', '^\\d{6}$'),
    issueDate: dateField('Дата выдачи'),
    actRecordNumber: patternField('Номер актовой записи', '^\\d{1,22}$'),
    issuedBy: textField('Орган ЗАГС, выдавший свидетельство', 250),
  });
}

export function addressField(title = 'Адрес'): JsonSchema {
  return objectField(title, ['regionCode', 'locality', 'house'], {
    regionCode: patternField('Код субъекта РФ', '^\\d{2}$'),
    postalCode: patternField('Почтовый индекс', '^\\d{6}$'),
    district: textField('Район', 150),
    locality: textField('Населённый пункт', 150),
    street: textField('Улица', 150),
    house: textField('Дом', 20),
    building: textField('Корпус или строение', 20),
    apartment: textField('Квартира', 10),
    fiasId: patternField('Идентификатор адреса в ГАР (ФИАС)', UUID_PATTERN),
  });
}

export function snilsField(title = 'СНИЛС'): JsonSchema {
  return patternField(title, '^\\d{3}-\\d{3}-\\d{3} \\d{2}$');
}

export function personInnField(title = 'ИНН'): JsonSchema {
  return patternField(title, '^\\d{12}$');
}

export function organizationInnField(title = 'ИНН организации'): JsonSchema {
  return patternField(title, '^\\d{10}$');
}

export function ogrnField(title = 'ОГРН'): JsonSchema {
  return patternField(title, '^\\d{13}$');
}

export function ogrnipField(title = 'ОГРНИП'): JsonSchema {
  return patternField(title, '^\\d{15}$');
}

export function oktmoField(title = 'Код ОКТМО'): JsonSchema {
  return patternField(title, '^(\\d{8}|\\d{11})$');
}

export function kbkField(title = 'КБК'): JsonSchema {
  return patternField(title, '^\\d{20}$');
}

/** Unique accrual identifier (УИН) printed on fines and tax notices: 20 or 25 digits. */
export function uinField(title = 'УИН начисления'): JsonSchema {
  return patternField(title, '^(\\d{20}|\\d{25})$');
}

export function cadastralNumberField(title = 'Кадастровый номер'): JsonSchema {
  return patternField(title, '^\\d{2}:\\d{2}:\\d{6,7}:\\d{1,7}$');
}

export function vinField(title = 'VIN'): JsonSchema {
  return patternField(title, '^[A-HJ-NPR-Z0-9]{17}$');
}

// Only the twelve Cyrillic letters that have Latin look-alikes are allowed on Russian plates.
export function plateNumberField(title = 'Государственный регистрационный знак'): JsonSchema {
  return patternField(title, '^[АВЕКМНОРСТУХ]\\d{3}[АВЕКМНОРСТУХ]{2}\\d{2,3}$');
}

export function driverLicenceNumberField(title = 'Серия и номер водительского удостоверения'): JsonSchema {
  return patternField(title, '^\\d{10}$');
}

export function vehicleRegistrationCertificateField(title = 'Серия и номер свидетельства о регистрации ТС'): JsonSchema {
  return patternField(title, '^\\d{2}[0-9А-ЯЁ]{2}\\d{6}$');
}

export function bankAccountField(title = 'Реквизиты для перечисления'): JsonSchema {
  return objectField(title, ['bik', 'accountNumber'], {
    bik: patternField('БИК банка', '^04\\d{7}$'),
    accountNumber: patternField('Номер счёта', '^\\d{20}$'),
    bankName: textField('Наименование банка', 200),
  });
}

export function childField(title = 'Сведения о ребёнке'): JsonSchema {
  return objectField(title, ['fullName', 'birthDate', 'birthCertificate'], {
    fullName: fullNameField('ФИО ребёнка'),
    birthDate: dateField('Дата рождения'),
    snils: snilsField('СНИЛС ребёнка'),
    birthCertificate: birthCertificateField('Свидетельство о рождении ребёнка'),
  });
}

export function childrenField(title = 'Дети', maxItems = 15): JsonSchema {
  return arrayField(title, childField('Ребёнок'), 1, maxItems);
}

export function familyMemberField(title = 'Член семьи'): JsonSchema {
  return objectField(title, ['fullName', 'birthDate', 'relation'], {
    fullName: fullNameField(),
    birthDate: dateField('Дата рождения'),
    relation: enumField('Степень родства', ['Супруг(а)', 'Сын', 'Дочь', 'Мать', 'Отец', 'Подопечный', 'Иное']),
    snils: snilsField(),
  });
}

export function yearField(title: string, minimum = 2015, maximum = 2030): JsonSchema {
  return integerField(title, minimum, maximum);
}

export function mfcOfficeField(title = 'МФЦ для получения результата'): JsonSchema {
  return patternField(title, '^\\d{1,12}$');
}

export function resultDeliveryField(
  values: readonly [string, ...string[]] = ['В личный кабинет на Госуслугах', 'В МФЦ', 'Почтой'],
): JsonSchema {
  return enumField('Способ получения результата', values);
}

export function timeSlotField(title = 'Желаемое время приёма'): JsonSchema {
  return dateTimeField(title);
}
