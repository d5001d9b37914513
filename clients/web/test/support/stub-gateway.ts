import { onTestFinished, vi } from 'vitest';

/** One GraphQL request the app sent, as the gateway received it. */
export interface GatewayCall {
  /** The operation's name, from its text: `query|mutation|subscription <Name>`. */
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A whole GraphQL response body (`{ data, errors }`), or one built from the call's variables. */
export type GatewayAnswer = unknown | ((variables: Record<string, unknown>) => unknown);

const OPERATION = /\b(?:query|mutation|subscription)\s+(\w+)/;

/**
 * Replaces global fetch with the gateway as a signed-out browser sees it: `/session/…` answers 401
 * (no session cookie), and every GraphQL operation is answered from `answers` by its name.
 * Returns the calls, recorded in order. An operation without an answer fails the test (the fetch
 * rejects, and the test is failed when it ends, even if the page swallowed the error).
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubGateway(answers: Record<string, GatewayAnswer>): GatewayCall[] {
  const calls: GatewayCall[] = [];
  const unanswered: string[] = [];
  onTestFinished(() => {
    if (unanswered.length) throw new Error(`stubGateway: no answer for ${unanswered.join(', ')}`);
  });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input).includes('/session/')) return new Response(null, { status: 401 });
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
    const operationName = OPERATION.exec(body.query)?.[1] ?? '(anonymous operation)';
    const variables = body.variables ?? {};
    calls.push({ operationName, query: body.query, variables });
    if (!Object.hasOwn(answers, operationName)) {
      unanswered.push(operationName);
      throw new Error(`stubGateway: no answer for ${operationName}`);
    }
    const answer = answers[operationName];
    const response = typeof answer === 'function' ? (answer as (variables: Record<string, unknown>) => unknown)(variables) : answer;
    return new Response(JSON.stringify(response), { headers: { 'content-type': 'application/json' } });
  });
  return calls;
}
