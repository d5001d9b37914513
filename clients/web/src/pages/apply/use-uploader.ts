import { EcoGraphQLError, createEcoClient, uploadDocument } from '@eco/sdk';
import { useCallback } from 'react';
import type { Uploader } from '../../components/json-schema-form';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';

/**
 * Uploads an application's attachment with the SDK (createUpload, then the bytes to the gateway's
 * origin) as the signed-in person; an expired access token is renewed once and the upload retried.
 */
export function useApplicationUploader(): Uploader {
  const { accessToken, refresh } = useSession();
  const { locale } = useI18n();
  return useCallback<Uploader>(
    async (file, mimeType) => {
      const run = (token: string | null) =>
        uploadDocument(createEcoClient({ url: new URL('/graphql', location.origin).toString(), token: token ?? undefined, locale }), file, {
          fileName: file.name,
          contentType: mimeType,
          purpose: 'APPLICATION_ATTACHMENT',
        });
      try {
        return await run(accessToken);
      } catch (error) {
        const expired = (error instanceof EcoGraphQLError && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) || (error as { status?: number }).status === 401;
        if (!expired || !accessToken) throw error;
        return run(await refresh());
      }
    },
    [accessToken, refresh, locale],
  );
}
