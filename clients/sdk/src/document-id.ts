import { print, type DocumentNode } from 'graphql';

const ids = new WeakMap<DocumentNode, Promise<string>>();

/**
 * The id of an operation in the persisted-documents manifest: SHA-256 (hex) of its printed text,
 * as automatic persisted queries and the gateway's trusted-documents mode expect. Web Crypto, so
 * the SDK works in browsers and Node alike.
 */
export function documentId(document: DocumentNode): Promise<string> {
  let id = ids.get(document);
  if (!id) {
    id = crypto.subtle.digest('SHA-256', new TextEncoder().encode(print(document))).then((hash) => Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join(''));
    ids.set(document, id);
  }
  return id;
}
