import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../components/data-table';
import { scaleBars, type ScaledBar } from './chart-scale';
import { useWorkspaceT } from './ui';
import { localeTag } from '../../i18n/format';

/**
 * A horizontal bar chart in HTML and CSS: each bar's label and value are text (read aloud, and
 * legible at any width); the bars and the axis are decoration. The same figures as a table under
 * "show as a table". `format` writes a value (null: no data).
 */
export function BarChart({ title, items, format }: { title: string; items: { label: string; value: number | null }[]; format(value: number | null): string }) {
  const t = useWorkspaceT();
  const { locale } = useI18n();
  const id = useId();
  const { bars, ticks, max } = scaleBars(items);
  const formatTick = (value: number) => value.toLocaleString(localeTag(locale), { maximumFractionDigits: 2 });
  return (
    <figure className="ws-chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      <ul className="ws-bars">
        {bars.map((bar, i) => (
          <li key={i}>
            <span className="ws-bar-label">{bar.label}: </span>
            <span className="ws-bar-row">
              <span className="ws-bar-track" aria-hidden="true">
                <span className="ws-bar-fill" style={{ width: `${bar.fraction * 100}%` }} />
              </span>
              <span className="ws-bar-value">{format(bar.value)}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="ws-bar-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick} style={{ left: `${(tick / max) * 100}%` }}>
            {formatTick(tick)}
          </span>
        ))}
      </div>
      <details>
        <summary>{t('stats.asTable')}</summary>
        <DataTable<ScaledBar>
          caption={title}
          rows={bars}
          rowKey={(_, i) => String(i)}
          columns={[
            { key: 'label', header: t('queue.service'), cell: (bar) => bar.label },
            { key: 'value', header: t('stats.value'), cell: (bar) => format(bar.value) },
          ]}
        />
      </details>
    </figure>
  );
}
