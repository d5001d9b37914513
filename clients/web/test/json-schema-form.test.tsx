import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { JsonSchemaForm, type JsonSchemaFormProps } from '../src/components/json-schema-form';
import { I18nProvider, type Locale } from '../src/i18n/i18n';
import { FILE_ID, FORM, VALID } from './json-schema-form.fixtures';

function renderForm(props: Partial<JsonSchemaFormProps> = {}, locale: Locale = 'ru') {
  const onSubmit = vi.fn();
  const uploader = vi.fn(async () => FILE_ID);
  render(
    <I18nProvider locale={locale}>
      <JsonSchemaForm schema={FORM} onSubmit={onSubmit} uploader={uploader} submitLabel="Отправить" {...props} />
    </I18nProvider>,
  );
  return { onSubmit, uploader, user: userEvent.setup() };
}

/** The text of the messages an input is described by. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('JsonSchemaForm: every field kind, labelled', () => {
  it('renders text, pattern, date, date-time, number, enum, multi-enum, boolean, groups, arrays and files with labels', () => {
    renderForm();
    const fullName = screen.getByRole('group', { name: 'ФИО' });
    expect(within(fullName).getByLabelText('Фамилия')).toBeTruthy();
    expect(within(fullName).getByLabelText('Отчество (при наличии) (необязательно)')).toBeTruthy();
    const passport = screen.getByRole('group', { name: 'Паспорт гражданина РФ' });
    expect(within(passport).getByLabelText('Серия').getAttribute('aria-required')).toBe('true');
    expect(description(within(passport).getByLabelText('Серия'))).toContain('Например: 4510');
    expect((within(passport).getByLabelText('Дата выдачи') as HTMLInputElement).type).toBe('date');
    expect(screen.getByRole('group', { name: 'Адрес (необязательно)' })).toBeTruthy();
    expect((screen.getByLabelText('Контактный телефон') as HTMLInputElement).type).toBe('tel');
    expect((screen.getByLabelText('Электронная почта (необязательно)') as HTMLInputElement).type).toBe('email');
    expect((screen.getByLabelText('Желаемое время приёма (необязательно)') as HTMLInputElement).type).toBe('datetime-local');
    expect(screen.getByLabelText('Доход за год (необязательно)').getAttribute('inputmode')).toBe('decimal');
    expect(screen.getByLabelText('Год (необязательно)').getAttribute('inputmode')).toBe('numeric');
    // Few choices: radios in a fieldset; many: a select.
    expect(within(screen.getByRole('group', { name: 'Пол' })).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByLabelText('Способ получения результата').tagName).toBe('SELECT');
    expect(within(screen.getByRole('group', { name: 'Льготы' })).getAllByRole('checkbox')).toHaveLength(3);
    expect((screen.getByLabelText('Состою в браке') as HTMLInputElement).type).toBe('checkbox');
    expect((screen.getByLabelText('Согласие на обработку персональных данных') as HTMLInputElement).type).toBe('checkbox');
    // minItems 1: one child laid out; its groups are labelled too.
    const child = screen.getByRole('group', { name: 'Ребёнок 1' });
    expect(within(child).getByRole('group', { name: 'ФИО ребёнка' })).toBeTruthy();
    expect((screen.getByLabelText('Цифровая фотография') as HTMLInputElement).accept).toBe('image/jpeg');
    expect(within(screen.getByRole('group', { name: 'Сканы документов' })).getByLabelText('Добавить файл')).toBeTruthy();
    // No input without a label.
    for (const input of document.querySelectorAll('input, select, textarea')) expect((input as HTMLInputElement).labels?.length, (input as HTMLInputElement).name || input.id).toBeGreaterThan(0);
  });

  it('adds array items up to maxItems and removes them', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Добавить: Ребёнок' }));
    expect(screen.getByRole('group', { name: 'Ребёнок 2' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Добавить: Ребёнок' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Удалить: Ребёнок 1' }));
    expect(screen.queryByRole('group', { name: 'Ребёнок 2' })).toBeNull();
  });
});

describe('JsonSchemaForm: validation as the server does it', () => {
  it('shows each problem next to its field and in a focused summary, and does not submit', async () => {
    const { user, onSubmit } = renderForm();
    await user.type(screen.getByLabelText('Контактный телефон'), '8916');
    await user.click(screen.getByRole('button', { name: 'Отправить' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Исправьте ошибки');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const lastName = within(screen.getByRole('group', { name: 'ФИО' })).getByLabelText('Фамилия');
    expect(lastName.getAttribute('aria-invalid')).toBe('true');
    expect(description(lastName)).toContain('Заполните это поле');
    expect(description(screen.getByLabelText('Контактный телефон'))).toContain('Значение не соответствует формату');
    expect(description(screen.getByLabelText('Согласие на обработку персональных данных'))).toContain('Заполните это поле');
    // minItems: no file yet.
    expect(description(screen.getByLabelText('Добавить файл'))).toContain('Нужно не меньше 1');
    expect(screen.getByRole('group', { name: 'Льготы' }).textContent).toContain('Нужно не меньше 1');
    // A summary link takes the focus to its field.
    await user.click(within(summary).getByRole('link', { name: /Контактный телефон/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Контактный телефон'));
  });

  it('refuses a value outside the enum, too many items, and a date that does not exist', async () => {
    const { user, onSubmit } = renderForm({ initialData: { ...VALID, delivery: 'Голубиной почтой', children: [VALID.children[0], VALID.children[0], VALID.children[0]], birthDate: '1990-02-30' } });
    await user.click(screen.getByRole('button', { name: 'Отправить' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(description(screen.getByLabelText('Способ получения результата'))).toContain('Выберите один из вариантов');
    expect(screen.getByRole('group', { name: 'Дети' }).textContent).toContain('Можно не больше 2');
    expect(description(screen.getAllByLabelText('Дата рождения')[0])).toContain('Введите существующую дату');
  });

  it('submits valid data without empty optional fields, numbers as numbers', async () => {
    const { user, onSubmit } = renderForm({ initialData: VALID });
    await user.type(screen.getByLabelText('Год (необязательно)'), '2024');
    await user.click(screen.getByRole('button', { name: 'Отправить' }));
    expect(onSubmit).toHaveBeenCalledWith({ ...VALID, year: 2024 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks English on the English page', async () => {
    const { user } = renderForm({ submitLabel: 'Submit' }, 'en');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(description(within(screen.getByRole('group', { name: 'ФИО' })).getByLabelText('Фамилия'))).toContain('Fill in this field');
  });
});

describe('JsonSchemaForm: the API’s userErrors', () => {
  it('shows each userError on the field its path names, and the others in the summary', () => {
    renderForm({
      initialData: VALID,
      serverErrors: [
        { field: 'formData.passport.series', message: 'Паспорт с такой серией не выдавался' },
        { field: 'formData.children.0.fullName.lastName', message: 'Фамилия ребёнка не совпадает' },
        { field: null, message: 'Услуга временно недоступна' },
      ],
    });
    const series = within(screen.getByRole('group', { name: 'Паспорт гражданина РФ' })).getByLabelText('Серия');
    expect(series.getAttribute('aria-invalid')).toBe('true');
    expect(description(series)).toContain('Паспорт с такой серией не выдавался');
    const childName = within(screen.getByRole('group', { name: 'ФИО ребёнка' })).getByLabelText('Фамилия');
    expect(description(childName)).toContain('Фамилия ребёнка не совпадает');
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Услуга временно недоступна');
    expect(within(summary).getByRole('link', { name: /Паспорт гражданина РФ — Серия/ })).toBeTruthy();
  });

  it('shows a userError about a file reference (formData.photo.fileId) on the file field', async () => {
    const { user } = renderForm({ initialData: VALID, serverErrors: [{ field: 'formData.photo.fileId', message: 'Нет такого документа среди ваших загрузок' }] });
    const photo = screen.getByLabelText('Цифровая фотография');
    expect(description(photo)).toContain('Нет такого документа среди ваших загрузок');
    await user.click(within(screen.getByRole('alert')).getByRole('link', { name: /^Цифровая фотография\s?: Нет такого документа/ }));
    expect(document.activeElement).toBe(photo);
  });

  it('clears a userError once its field is changed', async () => {
    const { user } = renderForm({ initialData: VALID, serverErrors: [{ field: 'formData.phone', message: 'Телефон не подтверждён' }] });
    const phone = screen.getByLabelText('Контактный телефон');
    expect(description(phone)).toContain('Телефон не подтверждён');
    await user.type(phone, '1');
    expect(description(phone)).not.toContain('Телефон не подтверждён');
  });
});

describe('JsonSchemaForm: file fields', () => {
  it('uploads a chosen file with the injected uploader and puts the document id into fileId', async () => {
    const { user, uploader, onSubmit } = renderForm({ initialData: { ...VALID, photo: undefined } });
    const photo = new File(['\xff\xd8\xff'], 'me.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText('Цифровая фотография'), photo);
    expect(uploader).toHaveBeenCalledWith(photo, 'image/jpeg');
    expect(await screen.findByText('Загружен файл «me.jpg»')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Отправить' }));
    expect(onSubmit).toHaveBeenCalledWith({ ...VALID, photo: { fileId: FILE_ID, fileName: 'me.jpg', mimeType: 'image/jpeg' } });
  });

  it('adds several files to a list field', async () => {
    const { user, uploader } = renderForm();
    await user.upload(screen.getByLabelText('Добавить файл'), [new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }), new File(['%PDF'], 'b.pdf', { type: 'application/pdf' })]);
    expect(uploader).toHaveBeenCalledTimes(2);
    const list = await screen.findByRole('list', { name: 'Сканы документов' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    // maxItems 2 reached: no more uploads offered.
    expect(screen.queryByLabelText('Добавить файл')).toBeNull();
  });

  it('shows the upload’s failure (415: a type the portal refuses by content) under the field', async () => {
    const uploader = vi.fn(async () => {
      throw Object.assign(new Error('UNSUPPORTED_MEDIA_TYPE'), { status: 415 });
    });
    const { user } = renderForm({ uploader });
    await user.upload(screen.getByLabelText('Цифровая фотография'), new File(['not a jpeg'], 'fake.jpg', { type: 'image/jpeg' }));
    const input = screen.getByLabelText('Цифровая фотография');
    await waitFor(() => expect(description(input)).toContain('тип файла не подходит'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file of a type the field does not accept without uploading it', async () => {
    const { uploader } = renderForm();
    const input = screen.getByLabelText('Цифровая фотография');
    fireEvent.change(input, { target: { files: [new File(['GIF89a'], 'cat.gif', { type: 'image/gif' })] } });
    await waitFor(() => expect(description(input)).toContain('нужен JPEG'));
    expect(uploader).not.toHaveBeenCalled();
  });
});
