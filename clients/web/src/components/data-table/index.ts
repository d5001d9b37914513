export { DataTable, type Column, type ColumnSort, type DataTableProps } from './DataTable';
