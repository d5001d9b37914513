import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../src/i18n/i18n';
import { FormDataView } from '../src/pages/workspace/FormDataView';

describe('FormDataView', () => {
  it('shows nested objects as definition lists, titled from the form schema', () => {
    const schema = { properties: { fullName: { title: 'ФИО', properties: { lastName: { title: 'Фамилия' } } }, consent: { title: 'Согласие' } } };
    const { container } = render(
      <I18nProvider locale="ru">
        <FormDataView value={{ fullName: { lastName: 'Иванов', extra: 'x' }, consent: true, tags: ['a', 'b'] }} schema={schema} />
      </I18nProvider>,
    );
    expect(container.querySelectorAll('dl')).toHaveLength(2);
    expect(screen.getByText('ФИО').tagName).toBe('DT');
    expect(screen.getByText('Фамилия').tagName).toBe('DT');
    expect(screen.getByText('extra').tagName).toBe('DT');
    expect(screen.getByText('Иванов').tagName).toBe('DD');
    expect(screen.getByText('Да').tagName).toBe('DD');
    expect(within(container.querySelector('ol')!).getAllByRole('listitem')).toHaveLength(2);
  });
});
