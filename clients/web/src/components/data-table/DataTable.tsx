import { useId, type ReactNode } from 'react';
import './data-table.css';

/** How the API orders the rows by a column: only the direction it offers, so one click sorts. */
export interface ColumnSort {
  /** The API currently orders by this column. */
  active: boolean;
  direction: 'ascending' | 'descending';
  /** Asks the API for this order. */
  onSort(): void;
  /** Said after the header on the button when the column is not the current order, e.g. "(sort)". */
  hint?: string;
}

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell(row: Row, index: number): ReactNode;
  /** Present when the API can order by this column. */
  sort?: ColumnSort;
  /** A class for the column's body cells (not its header). */
  className?: string;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row, index: number): string;
  /** The first column names its row (a row header), so a screen reader says it with each cell. */
  rowHeader?: boolean;
  rowClassName?(row: Row): string | undefined;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
}

/**
 * One accessible table for lists: a caption, column headers with scope, the first column as row
 * header, and sortable headers as buttons announcing aria-sort. It scrolls sideways inside a
 * focusable region, so a narrow screen keeps the page itself from scrolling.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowHeader = true, rowClassName, empty }: DataTableProps<Row>) {
  const captionId = useId();
  if (rows.length === 0 && empty !== undefined) return <p className="data-table-empty">{empty}</p>;
  return (
    <div className="data-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={column.sort?.active ? column.sort.direction : undefined}>
                {column.sort ? <SortButton header={column.header} sort={column.sort} /> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={rowClassName?.(row)}>
              {columns.map((column, i) =>
                rowHeader && i === 0 ? (
                  <th key={column.key} scope="row" className={column.className}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={column.key} className={column.className}>
                    {column.cell(row, index)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortButton({ header, sort }: { header: ReactNode; sort: ColumnSort }) {
  const arrow = sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <button type="button" className={sort.active ? 'data-table-sort active' : 'data-table-sort'} onClick={sort.onSort}>
      {header}
      <span aria-hidden="true" className={sort.active ? 'data-table-arrow active' : 'data-table-arrow'}>
        {`\u00a0${arrow}`}
      </span>
      {!sort.active && sort.hint && <span className="data-table-hidden"> {sort.hint}</span>}
    </button>
  );
}
