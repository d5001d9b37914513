import { ServicesCatalogFacetsDocument, ServicesCatalogSearchDocument, type GovernmentLevel, type ServiceCategory, type ServiceFilter, type ServiceOrder, type ServicesCatalogSearchQuery } from '@eco/sdk';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery, useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { catalogMessages } from './catalog-messages';

import { SearchBox } from './SearchBox';
import './catalog.css';
import { rubles } from '../../i18n/format';

type ServiceNode = NonNullable<ServicesCatalogSearchQuery['services']>['edges'][number]['node'];

const CATEGORIES: ServiceCategory[] = ['TRANSACTIONAL', 'DOCUMENT', 'ELECTRONIC', 'CONSULTATIVE', 'INFORMATIONAL'];
const LEVELS: GovernmentLevel[] = ['FEDERAL', 'REGIONAL', 'MUNICIPAL'];
const ORDERS: ServiceOrder[] = ['RELEVANCE', 'POPULARITY', 'TITLE'];
const PAGE_SIZE = 20;

/** The URL's query string → the API's search, filter and order (so a search can be shared and reloaded). */
function searchOf(params: URLSearchParams) {
  const filter: ServiceFilter = {};
  const category = params.get('category');
  const level = params.get('level');
  if (category && CATEGORIES.includes(category as ServiceCategory)) filter.category = category as ServiceCategory;
  if (level && LEVELS.includes(level as GovernmentLevel)) filter.level = level as GovernmentLevel;
  if (params.get('department')) filter.departmentId = params.get('department');
  if (params.get('region')) filter.regionCode = params.get('region');
  if (params.get('online') === 'yes') filter.online = true;
  if (params.get('online') === 'no') filter.online = false;
  const order = params.get('order');
  return { search: params.get('q') || undefined, filter, orderBy: order && ORDERS.includes(order as ServiceOrder) ? (order as ServiceOrder) : undefined };
}

/** The catalog: search with suggestions, the filters the API offers, results a page at a time. */
export function Catalog() {
  const t = useAreaMessages(catalogMessages);
  const { locale } = useI18n();
  const request = useRequest();
  const [params, setParams] = useSearchParams();
  const variables = { ...searchOf(params), first: PAGE_SIZE };
  const facets = useQuery(ServicesCatalogFacetsDocument);
  const results = useQuery(ServicesCatalogSearchDocument, variables);
  const [more, setMore] = useState<{ nodes: ServiceNode[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const key = params.toString();
  useEffect(() => setMore(null), [key, results.data]);

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  const first = results.data?.services;
  const nodes = [...(first?.edges.map((edge) => edge.node) ?? []), ...(more?.nodes ?? [])];
  const pageInfo = more ?? first?.pageInfo;

  async function loadMore() {
    setMoreError(null);
    try {
      const data = await request(ServicesCatalogSearchDocument, { ...variables, after: pageInfo?.endCursor ?? undefined });
      const page = data.services;
      setMore({ nodes: [...(more?.nodes ?? []), ...(page?.edges.map((edge) => edge.node) ?? [])], endCursor: page?.pageInfo.endCursor ?? null, hasNextPage: page?.pageInfo.hasNextPage ?? false });
    } catch (error) {
      setMoreError(error);
    }
  }

  const select = (name: string, label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`catalog-${name}`}>{label}</label>
      <select id={`catalog-${name}`} value={params.get(name) ?? ''} onChange={(event) => set(name, event.target.value)}>
        <option value="">{t('filter.any')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const filtered = ['category', 'level', 'department', 'region', 'online'].some((name) => params.get(name));

  return (
    <>
      <h1>{t('title')}</h1>
      <SearchBox initial={params.get('q') ?? ''} onSearch={(text) => set('q', text)} />
      <div className="catalog-layout">
        <section className="catalog-filters" aria-labelledby="catalog-filters">
          <h2 id="catalog-filters">{t('filters')}</h2>
          {select('category', t('filter.category'), CATEGORIES.map((c) => [c, t(`category.${c}`)]))}
          {select('department', t('filter.department'), (facets.data?.departments ?? []).map((d) => [d.id, d.shortName]))}
          {select('level', t('filter.level'), LEVELS.map((l) => [l, t(`level.${l}`)]))}
          {select('region', t('filter.region'), (facets.data?.regions ?? []).map((r) => [r.code, `${r.code} — ${r.name}`]))}
          {select('online', t('filter.online'), [['yes', t('filter.onlineYes')], ['no', t('filter.onlineNo')]])}
          {select('order', t('order'), ORDERS.map((o) => [o, t(`order.${o}`)]))}
          {filtered && (
            <button type="button" className="secondary" onClick={() => setParams(params.get('q') ? { q: params.get('q')! } : {})}>
              {t('filter.reset')}
            </button>
          )}
          <ErrorMessage error={facets.error} />
        </section>
        <section className="catalog-results" aria-labelledby="catalog-results" aria-busy={results.loading}>
          <h2 id="catalog-results">{t('results')}</h2>
          <p role="status">{results.loading ? '' : first ? (first.totalCount ? t('found', { count: first.totalCount }) : t('nothing')) : ''}</p>
          <ErrorMessage error={results.error} />
          <ul className="catalog-list">
            {nodes.map((service) => (
              <li key={service.id} className="card catalog-item">
                <h3>
                  <Link to={`/catalog/${service.id}`}>{service.title}</Link>
                </h3>
                <p className="hint">
                  {service.department.shortName} · {service.subcategory}
                </p>
                <ul className="catalog-facts">
                  <li>{service.feeKopecks ? rubles(service.feeKopecks, locale) : t('free')}</li>
                  <li>{t('days', { count: service.processingDays })}</li>
                  <li className={service.availableOnline ? 'badge badge-online' : 'badge'}>{service.availableOnline ? t('online') : t('offline')}</li>
                </ul>
              </li>
            ))}
          </ul>
          <ErrorMessage error={moreError} />
          {pageInfo?.hasNextPage && (
            <button type="button" className="secondary" onClick={loadMore}>
              {t('more')}
            </button>
          )}
        </section>
      </div>
      {!params.get('q') && !filtered && facets.data?.departments && (
        <section aria-labelledby="catalog-departments">
          <h2 id="catalog-departments">{t('departments')}</h2>
          <ul className="catalog-departments">
            {facets.data.departments.map((department) => (
              <li key={department.id}>
                <Link to={`/catalog?department=${encodeURIComponent(department.id)}`}>{department.shortName}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
