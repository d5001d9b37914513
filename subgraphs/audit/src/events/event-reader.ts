import type { FeedEvent } from '@eco/kit';
import { ignored, malformed, type EventReading } from './audit-record';
import { readApplicationEvent } from './application-events';
import { readDocumentEvent } from './document-events';
import { readPaymentEvent } from './payment-events';
import { readSecurityEvent } from './security-events';

const READERS = [readSecurityEvent, readApplicationEvent, readPaymentEvent, readDocumentEvent];

/** The journal's view of any feed event: the first reader that claims it decides. */
export function readEvent(event: FeedEvent): EventReading {
  if (typeof event !== 'object' || event === null || typeof event.type !== 'string') return malformed('not an event');
  for (const read of READERS) {
    const reading = read(event);
    if (reading.kind !== 'ignored') return reading;
  }
  return ignored();
}
