import type { AccountIdentityDocumentsFragment } from '@eco/sdk';

/** What every identity-document form gets: where to report the saved documents, and how to close. */
export interface DocumentFormProps {
  onSaved: (documents: AccountIdentityDocumentsFragment, announcement: string) => void;
  onCancel: () => void;
}
