/**
 * The sandbox acquirer's test cards (subgraphs/payments/README.md, «Sandbox acquirer: test
 * cards»): any future expiry and any 3-digit CVC; any other number is declined.
 */
export const SANDBOX_TEST_CARDS = [
  { number: '4000 0000 0000 0002', outcome: 'testCards.success' },
  { number: '4000 0000 0000 0069', outcome: 'testCards.declined' },
  { number: '4000 0000 0000 9995', outcome: 'testCards.insufficientFunds' },
  { number: '4000 0000 0000 0119', outcome: 'testCards.providerError' },
] as const;

export type TestCardOutcome = (typeof SANDBOX_TEST_CARDS)[number]['outcome'];
