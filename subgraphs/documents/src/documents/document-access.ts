import { hasRole, isApiClientViewer, Role, type Viewer } from '@eco/kit';

/** The fields the access rules read; a Prisma row has them. */
export interface DocumentAccessFacts {
  ownerId: string;
  status: string;
  departmentId: string | null;
  attachedToId: string | null;
}

/** A person signed in: an API client's token acts for nobody, so it never reads personal files. */
const isPerson = (viewer: Viewer): viewer is Viewer & { userId: string } => viewer.userId !== null && !isApiClientViewer(viewer);

export const isDocumentOwner = (viewer: Viewer, document: DocumentAccessFacts): boolean => isPerson(viewer) && document.ownerId === viewer.userId;

/**
 * Who may see an upload (its fields and its bytes): its owner; and, once a clean file is attached
 * to a record of a department (`documents.attached`), that department's employees. Nobody else,
 * administrators included: "nobody reads another person's documents". Shared by permissions.ts
 * and the download route, so GraphQL and HTTP cannot disagree.
 */
export function canViewDocument(viewer: Viewer, document: DocumentAccessFacts): boolean {
  if (!isPerson(viewer)) return false;
  if (document.ownerId === viewer.userId) return true;
  return (
    document.status === 'CLEAN' &&
    document.attachedToId !== null &&
    document.departmentId !== null &&
    hasRole(viewer, Role.EMPLOYEE) &&
    viewer.departmentId === document.departmentId
  );
}

/** The fields the issued-document rules read. */
export interface IssuedAccessFacts {
  recipientId: string;
  departmentId: string;
}

export const isRecipient = (viewer: Viewer, issued: IssuedAccessFacts): boolean => isPerson(viewer) && issued.recipientId === viewer.userId;

/** A result is seen by the person it was issued to and by the employees of the department that issued it. */
export function canViewIssuedDocument(viewer: Viewer, issued: IssuedAccessFacts): boolean {
  if (!isPerson(viewer)) return false;
  return issued.recipientId === viewer.userId || (hasRole(viewer, Role.EMPLOYEE) && viewer.departmentId === issued.departmentId);
}
