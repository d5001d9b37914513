-- CreateEnum
CREATE TYPE "invoice_source" AS ENUM ('STATE_FEE', 'FINE', 'TAX');

-- CreateEnum
CREATE TYPE "invoice_status" AS ENUM ('UNPAID', 'PAID', 'CANCELLED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "payment_method" AS ENUM ('CARD', 'SBP', 'WALLET');

-- CreateEnum
CREATE TYPE "payment_status" AS ENUM ('CREATED', 'AUTHORIZED', 'CAPTURED', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "invoice" (
    "id" UUID NOT NULL,
    "uin" TEXT NOT NULL,
    "payer_id" UUID NOT NULL,
    "purpose_ru" TEXT NOT NULL,
    "purpose_en" TEXT NOT NULL,
    "amount_kopecks" INTEGER NOT NULL,
    "source" "invoice_source" NOT NULL,
    "source_ids" TEXT[],
    "origin_key" TEXT,
    "due_date" TIMESTAMPTZ(3) NOT NULL,
    "status" "invoice_status" NOT NULL DEFAULT 'UNPAID',
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "paid_at" TIMESTAMPTZ(3),

    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "invoice_id" UUID NOT NULL,
    "payer_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "method" "payment_method" NOT NULL,
    "amount_kopecks" INTEGER NOT NULL,
    "status" "payment_status" NOT NULL,
    "failure_code" TEXT,
    "card_last4" TEXT,
    "card_brand" TEXT,
    "provider_ref" TEXT,
    "refunded_kopecks" INTEGER NOT NULL DEFAULT 0,
    "receipt_number" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "authorized_at" TIMESTAMPTZ(3),
    "captured_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund" (
    "id" UUID NOT NULL,
    "payment_id" UUID NOT NULL,
    "amount_kopecks" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "actor_id" UUID NOT NULL,
    "provider_ref" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "refund_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "invoice_uin_key" ON "invoice"("uin");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_origin_key_key" ON "invoice"("origin_key");

-- CreateIndex
CREATE INDEX "invoice_payer_id_created_at_idx" ON "invoice"("payer_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "invoice_payer_id_status_source_idx" ON "invoice"("payer_id", "status", "source");

-- CreateIndex
CREATE INDEX "invoice_source_ids_idx" ON "invoice" USING GIN ("source_ids");

-- CreateIndex
CREATE UNIQUE INDEX "payment_seq_key" ON "payment"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "payment_receipt_number_key" ON "payment"("receipt_number");

-- CreateIndex
CREATE INDEX "payment_invoice_id_created_at_idx" ON "payment"("invoice_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payment_payer_id_idempotency_key_key" ON "payment"("payer_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "refund_payment_id_idx" ON "refund"("payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_subject_type_subject_id_idx" ON "outbox_event"("subject_type", "subject_id");

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund" ADD CONSTRAINT "refund_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
