import type { Express } from 'express';
import type { ServiceStatsRow, StatsService } from './stats.service';

export const OPEN_DATA_CSV_PATH = '/open-data/service-stats.csv';
export const OPEN_DATA_JSON_PATH = '/open-data/service-stats.json';

/** Columns of the open-data table, in order; every one is an aggregate or a catalog fact. */
export const OPEN_DATA_COLUMNS = [
  'serviceCode',
  'serviceTitleRu',
  'serviceTitleEn',
  'departmentId',
  'submitted',
  'completed',
  'rejected',
  'withdrawn',
  'open',
  'averageProcessingHours',
  'shareOverdue',
] as const;

type OpenDataRow = Pick<ServiceStatsRow, (typeof OPEN_DATA_COLUMNS)[number]>;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header line, one line per service, CRLF line ends. */
export function toCsv(rows: readonly OpenDataRow[]): string {
  const lines = [OPEN_DATA_COLUMNS.join(',')];
  for (const row of rows) lines.push(OPEN_DATA_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function openDataRows(rows: readonly ServiceStatsRow[]): OpenDataRow[] {
  return rows.map((row) => Object.fromEntries(OPEN_DATA_COLUMNS.map((column) => [column, row[column]])) as OpenDataRow);
}

/** Public, unauthenticated: statistics per service code as CSV and JSON (no personal data). */
export function mountOpenData(app: Express, stats: StatsService, now: () => Date): void {
  app.get(OPEN_DATA_CSV_PATH, async (_req, res, next) => {
    try {
      const rows = openDataRows(await stats.perService());
      res
        .set('Content-Type', 'text/csv; charset=utf-8')
        .set('Content-Disposition', 'inline; filename="service-stats.csv"')
        .set('Cache-Control', 'public, max-age=300')
        .send(toCsv(rows));
    } catch (error) {
      next(error);
    }
  });
  app.get(OPEN_DATA_JSON_PATH, async (_req, res, next) => {
    try {
      const rows = openDataRows(await stats.perService());
      res.set('Cache-Control', 'public, max-age=300').json({ generatedAt: now().toISOString(), services: rows });
    } catch (error) {
      next(error);
    }
  });
}
