import { useI18n } from '../../i18n/i18n';

/** Save and Cancel under a profile form; Save says what it is doing while the API answers. */
export function FormActions({ busy, onCancel, saveLabel }: { busy: boolean; onCancel: () => void; saveLabel?: string }) {
  const { t: common } = useI18n();
  return (
    <div className="account-actions">
      <button type="submit" className="primary" disabled={busy}>
        {saveLabel ?? common('common.save')}
      </button>
      <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
        {common('common.cancel')}
      </button>
    </div>
  );
}
