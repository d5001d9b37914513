import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef } from 'react';
import { useSession } from '../session/session';

let client: Client | null = null;
let clientToken: string | null = null;

/** One graphql-ws connection per access token, on the gateway's origin. */
function liveClient(accessToken: string): Client {
  if (client && clientToken === accessToken) return client;
  client?.dispose();
  clientToken = accessToken;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  client = createClient({ url, connectionParams: { authorization: `Bearer ${accessToken}` }, retryAttempts: 5 });
  return client;
}

/** Calls `onEvent` with each event of a subscription while the component is shown. */
export function useSubscription<R, V>(document: TypedDocumentNode<R, V>, variables: V | null, onEvent: (data: R) => void): void {
  const { accessToken } = useSession();
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (!accessToken || variables === null) return;
    return liveClient(accessToken).subscribe<R>(
      { query: print(document), variables: variables as Record<string, unknown> },
      { next: (result) => result.data && handler.current(result.data as R), error: () => undefined, complete: () => undefined },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accessToken, document, key]);
}
