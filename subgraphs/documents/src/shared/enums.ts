import { registerEnumType } from 'type-graphql';

// Values equal keys, so a Prisma row's enum column is already the GraphQL value.

export enum DocumentPurpose {
  APPLICATION_ATTACHMENT = 'APPLICATION_ATTACHMENT',
  FINE_APPEAL_EVIDENCE = 'FINE_APPEAL_EVIDENCE',
  BENEFIT_PROOF = 'BENEFIT_PROOF',
  OTHER = 'OTHER',
}

export enum DocumentStatus {
  AWAITING_UPLOAD = 'AWAITING_UPLOAD',
  CLEAN = 'CLEAN',
  QUARANTINED = 'QUARANTINED',
}

registerEnumType(DocumentPurpose, {
  name: 'DocumentPurpose',
  description: 'What an upload is for.',
  valuesConfig: {
    APPLICATION_ATTACHMENT: { description: 'A file attached to an application.' },
    FINE_APPEAL_EVIDENCE: { description: 'Evidence for an appeal against a fine.' },
    BENEFIT_PROOF: { description: 'Proof of a benefit (e.g. for a kindergarten place).' },
    OTHER: { description: "Anything else: kept in the person's documents even when not attached." },
  },
});

registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  description: 'AWAITING_UPLOAD → CLEAN | QUARANTINED.',
  valuesConfig: {
    AWAITING_UPLOAD: { description: 'Created by createUpload; the file has not arrived yet.' },
    CLEAN: { description: 'Received, checked and scanned: it can be attached and downloaded.' },
    QUARANTINED: { description: 'The virus scanner flagged it (see quarantineReason): never served.' },
  },
});
