import { ServicesServiceDocument } from '@eco/sdk';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { serviceLookup } from './catalog-format';
import { catalogMessages } from './catalog-messages';
import './catalog.css';
import { rubles } from '../../i18n/format';

/** One service: what it gives, fee, time, documents, where; and the way to apply for it. */
export function ServicePage() {
  const t = useAreaMessages(catalogMessages);
  const { t: common, locale } = useI18n();
  const { serviceId = '' } = useParams();
  const { data, error, loading } = useQuery(ServicesServiceDocument, serviceLookup(serviceId));
  if (loading && !data) return <p role="status">{common('common.loading')}</p>;
  if (error) return <ErrorMessage error={error} />;
  const service = data?.service;
  if (!service)
    return (
      <>
        <h1>{t('service.notFound')}</h1>
        <Link to="/catalog">{t('service.back')}</Link>
      </>
    );
  const days = t('days', { count: service.processingDays });
  return (
    <article>
      <p>
        <Link to="/catalog">← {t('service.back')}</Link>
      </p>
      <h1>{service.title}</h1>
      <p className="service-description">{service.description}</p>
      <dl className="service-facts">
        <dt>{t('service.fee')}</dt>
        <dd>{service.feeKopecks ? rubles(service.feeKopecks, locale) : t('free')}</dd>
        <dt>{t('service.days')}</dt>
        <dd>{days}</dd>
        <dt>{t('service.department')}</dt>
        <dd>
          {service.department.name} ({service.department.shortName})
          {service.department.website && (
            <>
              {' '}
              — <a href={service.department.website}>{t('service.website')}</a>
            </>
          )}
        </dd>
        <dt>{t('service.section')}</dt>
        <dd>{service.subcategory}</dd>
        <dt>{t('service.category')}</dt>
        <dd>{t(`category.${service.category}`)}</dd>
        <dt>{t('service.level')}</dt>
        <dd>{t(`level.${service.level}`)}</dd>
        <dt>{t('service.online')}</dt>
        <dd>{service.onlineOnly ? t('service.onlineOnly') : service.availableOnline ? `${t('online')}; ${t('service.inPerson').toLowerCase()}` : t('service.inPerson')}</dd>
        <dt>{t('service.regions')}</dt>
        <dd>{service.availableEverywhere || service.regions.length === 0 ? t('service.everywhere') : service.regions.map((region) => region.name).join(', ')}</dd>
      </dl>
      <section aria-labelledby="service-documents">
        <h2 id="service-documents">{t('service.documents')}</h2>
        {service.requiredDocuments.length ? (
          <ul>
            {service.requiredDocuments.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        ) : (
          <p>{t('service.noDocuments')}</p>
        )}
      </section>
      {service.availableOnline ? (
        <section aria-labelledby="service-how">
          <h2 id="service-how">{t('service.howTo')}</h2>
          <ol>
            {service.requiredDocuments.length > 0 && <li>{t('service.step1')}</li>}
            <li>{t('service.step2')}</li>
            {service.feeKopecks > 0 && <li>{t('service.step3')}</li>}
            <li>{t('service.step4', { days })}</li>
          </ol>
          <p>
            <Link className="button-link" to={`/catalog/${service.id}/apply`}>
              {t('service.apply')}
            </Link>
          </p>
        </section>
      ) : (
        <p>{t('service.notOnline')}</p>
      )}
    </article>
  );
}
