import { ServicesApplicationDraftDocument, ServicesApplyFormDocument, ServicesSubmitApplicationDocument, type ServicesApplyFormQuery } from '@eco/sdk';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery, useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { JsonSchemaForm, type JsonSchema, type ServerError } from '../../components/json-schema-form';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { serviceLookup } from '../catalog/catalog-format';
import { applyMessages } from './apply-messages';
import { newIdempotencyKey } from './idempotency-key';
import { useApplicationUploader } from './use-uploader';

type Service = NonNullable<ServicesApplyFormQuery['service']>;

/** Applying for a service: its form, prefilled from the profile, submitted once per key. */
export function Apply() {
  const t = useAreaMessages(applyMessages);
  const { t: common } = useI18n();
  const { serviceId = '' } = useParams();
  const { data, error, loading } = useQuery(ServicesApplyFormDocument, serviceLookup(serviceId));
  if (loading && !data) return <p role="status">{common('common.loading')}</p>;
  if (error) return <ErrorMessage error={error} />;
  if (!data?.service) return <h1>{t('notFound')}</h1>;
  return <ApplyForm service={data.service} />;
}

function ApplyForm({ service }: { service: Service }) {
  const t = useAreaMessages(applyMessages);
  const { t: common } = useI18n();
  const request = useRequest();
  const navigate = useNavigate();
  const uploader = useApplicationUploader();
  const draft = useQuery(ServicesApplicationDraftDocument, { serviceId: service.id });
  const [serverErrors, setServerErrors] = useState<ServerError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  // One key per application: a retry after a lost answer cannot file it twice. The API stores
  // nothing when it answers with userErrors, so the next attempt gets a fresh key.
  const key = useRef(newIdempotencyKey());

  async function submit(formData: Record<string, unknown>) {
    setFailure(null);
    try {
      const { submitApplication } = await request(ServicesSubmitApplicationDocument, { input: { serviceId: service.id, formData, idempotencyKey: key.current } });
      if (submitApplication?.application) {
        navigate(`/applications/${submitApplication.application.id}`);
        return;
      }
      key.current = newIdempotencyKey();
      setServerErrors(submitApplication?.userErrors ?? []);
    } catch (error) {
      setFailure(error);
    }
  }

  if (draft.loading && !draft.data && !draft.error) return <p role="status">{common('common.loading')}</p>;
  const initialData = (draft.data?.applicationDraft ?? null) as Record<string, unknown> | null;
  return (
    <>
      <p>
        <Link to={`/catalog/${service.id}`}>← {t('back')}</Link>
      </p>
      <h1>{t('title', { service: service.title })}</h1>
      <p>{t('intro', { days: service.processingDays })}</p>
      {!service.availableOnline && <p className="hint">{t('notOnline')}</p>}
      {draft.error ? <p className="hint">{t('draftFailed')}</p> : initialData && Object.keys(initialData).length > 0 && <p className="hint">{t('prefilled')}</p>}
      <JsonSchemaForm
        schema={service.formSchema as JsonSchema}
        initialData={initialData}
        onSubmit={submit}
        uploader={uploader}
        serverErrors={serverErrors}
        submitLabel={t('submit')}
        footer={failure ? <ErrorMessage error={failure} /> : null}
      />
    </>
  );
}
