import type { DeadlineBucket } from '@eco/sdk';
import { bucketLabel } from './deadline';
import { useWorkspaceT } from './ui';

/** Where a deadline falls, in words with a marker and a highlight (never colour alone). */
export function BucketBadge({ bucket }: { bucket: DeadlineBucket | null | undefined }) {
  const t = useWorkspaceT();
  const label = bucketLabel(bucket);
  return (
    <span className={label.className}>
      {label.marker && <span aria-hidden="true">{label.marker} </span>}
      {t(label.key)}
    </span>
  );
}
