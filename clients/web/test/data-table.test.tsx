import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from '../src/components/data-table';

type Row = { number: string; deadline: string };
const rows: Row[] = [
  { number: '2026-000001', deadline: '01.12' },
  { number: '2026-000002', deadline: '05.12' },
];

function columns(order: 'deadline' | 'number', onSort: (key: string) => void): Column<Row>[] {
  return [
    { key: 'number', header: 'Номер', cell: (r) => r.number, sort: { active: order === 'number', direction: 'descending', onSort: () => onSort('number'), hint: '(сортировать)' } },
    { key: 'deadline', header: 'Срок', cell: (r) => r.deadline, sort: { active: order === 'deadline', direction: 'ascending', onSort: () => onSort('deadline'), hint: '(сортировать)' } },
    { key: 'status', header: 'Статус', cell: () => 'Подано' },
  ];
}

describe('DataTable', () => {
  it('names the table by its caption, scopes its headers and makes the first column the row header', () => {
    render(<DataTable caption="Заявления: 2" columns={columns('deadline', () => {})} rows={rows} rowKey={(r) => r.number} />);
    const table = screen.getByRole('table', { name: 'Заявления: 2' });
    expect(screen.getByRole('region', { name: 'Заявления: 2' }).getAttribute('tabindex')).toBe('0');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(within(table).getByRole('rowheader', { name: '2026-000002' }).getAttribute('scope')).toBe('row');
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['01.12', 'Подано', '05.12', 'Подано']);
  });

  it('announces the order the API sorts by on that column only, and asks for another by its button', async () => {
    const onSort = vi.fn();
    render(<DataTable caption="Очередь" columns={columns('deadline', onSort)} rows={rows} rowKey={(r) => r.number} />);
    const [number, deadline, status] = screen.getAllByRole('columnheader');
    expect(deadline.getAttribute('aria-sort')).toBe('ascending');
    expect(number.getAttribute('aria-sort')).toBeNull();
    expect(status.getAttribute('aria-sort')).toBeNull();
    expect(within(status).queryByRole('button')).toBeNull();
    await userEvent.click(within(number).getByRole('button', { name: 'Номер (сортировать)' }));
    expect(onSort).toHaveBeenCalledWith('number');
    // The current order's button says no "sort" hint: it is already the order.
    expect(within(deadline).getByRole('button').textContent).toBe('Срок\u00a0▲');
  });

  it('says so instead of an empty table', () => {
    render(<DataTable caption="Очередь" columns={columns('deadline', () => {})} rows={[]} rowKey={(r) => r.number} empty="Заявлений нет" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Заявлений нет')).toBeTruthy();
  });
});
