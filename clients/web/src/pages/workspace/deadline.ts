import type { DeadlineBucket } from '@eco/sdk';
import type { WorkspaceMessageKey } from './messages';

/** How a deadline bucket is shown: its words (never colour alone), a marker and a style. */
export interface BucketLabel {
  key: WorkspaceMessageKey;
  /** A symbol shown before the words, for those who scan by shape. */
  marker: string;
  /** ws-bucket-overdue / -soon / -later: the highlight. */
  className: string;
  /** Overdue and due today need attention now. */
  urgent: boolean;
}

/** The label of the bucket the API reports (null: the application is closed). */
export function bucketLabel(bucket: DeadlineBucket | null | undefined): BucketLabel {
  switch (bucket) {
    case 'OVERDUE':
      return { key: 'bucket.OVERDUE', marker: '⚠', className: 'ws-bucket ws-bucket-overdue', urgent: true };
    case 'TODAY':
      return { key: 'bucket.TODAY', marker: '⏰', className: 'ws-bucket ws-bucket-soon', urgent: true };
    case 'THIS_WEEK':
      return { key: 'bucket.THIS_WEEK', marker: '◷', className: 'ws-bucket ws-bucket-week', urgent: false };
    case 'LATER':
      return { key: 'bucket.LATER', marker: '', className: 'ws-bucket ws-bucket-later', urgent: false };
    default:
      return { key: 'bucket.closed', marker: '', className: 'ws-bucket ws-bucket-closed', urgent: false };
  }
}
