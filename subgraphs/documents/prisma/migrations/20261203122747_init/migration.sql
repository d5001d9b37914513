-- CreateEnum
CREATE TYPE "document_purpose" AS ENUM ('APPLICATION_ATTACHMENT', 'FINE_APPEAL_EVIDENCE', 'BENEFIT_PROOF', 'OTHER');

-- CreateEnum
CREATE TYPE "document_status" AS ENUM ('AWAITING_UPLOAD', 'CLEAN', 'QUARANTINED');

-- CreateTable
CREATE TABLE "document" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "purpose" "document_purpose" NOT NULL,
    "file_name" TEXT NOT NULL,
    "declared_content_type" TEXT NOT NULL,
    "content_type" TEXT,
    "size" INTEGER NOT NULL,
    "sha256" TEXT,
    "blob_key" TEXT,
    "status" "document_status" NOT NULL DEFAULT 'AWAITING_UPLOAD',
    "quarantine_reason" TEXT,
    "upload_token_hash" TEXT NOT NULL,
    "upload_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "upload_claimed_at" TIMESTAMPTZ(3),
    "attached_to_type" TEXT,
    "attached_to_id" TEXT,
    "department_id" TEXT,
    "attached_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3),
    "sandbox" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issued_document" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "application_id" TEXT NOT NULL,
    "application_number" TEXT NOT NULL,
    "recipient_id" UUID NOT NULL,
    "recipient_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "department_name" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "blob_key" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revocation_reason" TEXT,
    "sandbox" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "issued_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signing_key" (
    "kid" TEXT NOT NULL,
    "jwk" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "signing_key_pkey" PRIMARY KEY ("kid")
);

-- CreateTable
CREATE TABLE "blob" (
    "key" UUID NOT NULL,
    "chunk_bytes" INTEGER NOT NULL,
    "size" INTEGER,
    "sha256" TEXT,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "blob_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "blob_chunk" (
    "blob_key" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "blob_chunk_pkey" PRIMARY KEY ("blob_key","index")
);

-- CreateTable
CREATE TABLE "outbox_event" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "audience" JSONB NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "feed_offset" (
    "consumer" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feed_offset_pkey" PRIMARY KEY ("consumer")
);

-- CreateIndex
CREATE UNIQUE INDEX "document_upload_token_hash_key" ON "document"("upload_token_hash");

-- CreateIndex
CREATE INDEX "document_owner_id_created_at_id_idx" ON "document"("owner_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "document_status_created_at_idx" ON "document"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "issued_document_number_key" ON "issued_document"("number");

-- CreateIndex
CREATE UNIQUE INDEX "issued_document_application_id_key" ON "issued_document"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "issued_document_sha256_key" ON "issued_document"("sha256");

-- CreateIndex
CREATE INDEX "issued_document_recipient_id_issued_at_idx" ON "issued_document"("recipient_id", "issued_at" DESC);

-- CreateIndex
CREATE INDEX "blob_complete_created_at_idx" ON "blob"("complete", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_subject_type_subject_id_idx" ON "outbox_event"("subject_type", "subject_id");

-- AddForeignKey
ALTER TABLE "blob_chunk" ADD CONSTRAINT "blob_chunk_blob_key_fkey" FOREIGN KEY ("blob_key") REFERENCES "blob"("key") ON DELETE CASCADE ON UPDATE CASCADE;
