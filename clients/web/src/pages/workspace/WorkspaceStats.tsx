import { WorkspaceDepartmentStatsDocument, WorkspaceStatsDocument } from '@eco/sdk';
import { useQuery } from '../../api/api';
import { BarChart } from './BarChart';
import { Problems, useFormat, useWorkspaceT } from './ui';

/** The department's statistics: totals, then volume, processing time and overdue share by service. */
export function WorkspaceStats() {
  const t = useWorkspaceT();
  const { data, error, loading } = useQuery(WorkspaceStatsDocument);
  const department = data?.me?.department;
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('stats.title')}</h1>
      <Problems problem={error} />
      {department && <DepartmentStats departmentId={department.id} name={department.name} services={department.stats.edges.map((e) => e.node)} />}
    </>
  );
}

type ServiceStats = { id: string; title: string; stats: { submitted: number; averageProcessingHours: number | null; shareOverdue: number } | null };

function DepartmentStats({ departmentId, name, services }: { departmentId: string; name: string; services: ServiceStats[] }) {
  const t = useWorkspaceT();
  const format = useFormat();
  const { data, error } = useQuery(WorkspaceDepartmentStatsDocument, { departmentId });
  const stats = data?.departmentStats;
  const used = services.filter((s) => (s.stats?.submitted ?? 0) > 0).sort((a, b) => (b.stats?.submitted ?? 0) - (a.stats?.submitted ?? 0));
  const hours = (v: number | null) => (v == null ? t('stats.noData') : t('stats.hours', { value: format.number(v, 1) }));
  const percent = (v: number | null) => (v == null ? t('stats.noData') : `${format.number(v * 100, 1)} %`);
  return (
    <>
      <p>{name}</p>
      <Problems problem={error} />
      {stats && (
        <section className="ws-panel" aria-labelledby="ws-stats-summary">
          <h2 id="ws-stats-summary">{t('stats.summary')}</h2>
          <dl className="ws-stat-list">
            {(
              [
                ['stats.submitted', format.number(stats.submitted)],
                ['stats.open', format.number(stats.open)],
                ['stats.completed', format.number(stats.completed)],
                ['stats.rejected', format.number(stats.rejected)],
                ['stats.withdrawn', format.number(stats.withdrawn)],
                ['stats.avgHours', hours(stats.averageProcessingHours)],
                ['stats.overdue', percent(stats.shareOverdue)],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {used.length === 0 ? (
        <p>{t('stats.noServices')}</p>
      ) : (
        <section className="ws-panel" aria-label={t('stats.title')}>
          <BarChart title={t('stats.volume')} items={used.map((s) => ({ label: s.title, value: s.stats?.submitted ?? 0 }))} format={(v) => (v == null ? t('stats.noData') : format.number(v))} />
          <BarChart title={t('stats.time')} items={used.map((s) => ({ label: s.title, value: s.stats?.averageProcessingHours ?? null }))} format={(v) => (v == null ? t('stats.noData') : format.number(v, 1))} />
          <BarChart title={t('stats.overdueByService')} items={used.map((s) => ({ label: s.title, value: s.stats ? s.stats.shareOverdue * 100 : null }))} format={(v) => (v == null ? t('stats.noData') : format.number(v, 1))} />
        </section>
      )}
    </>
  );
}
