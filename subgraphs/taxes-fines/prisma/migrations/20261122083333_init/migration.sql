-- CreateEnum
CREATE TYPE "fine_state" AS ENUM ('UNPAID', 'PAID', 'APPEALED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "appeal_status" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "tax_type" AS ENUM ('PROPERTY', 'TRANSPORT', 'LAND');

-- CreateEnum
CREATE TYPE "tax_state" AS ENUM ('UNPAID', 'PAID');

-- CreateTable
CREATE TABLE "fine" (
    "id" UUID NOT NULL,
    "uin" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "article" TEXT NOT NULL,
    "part" TEXT,
    "offence_at" TIMESTAMPTZ(3) NOT NULL,
    "offence_place" TEXT NOT NULL,
    "vehicle_plate" TEXT NOT NULL,
    "registration_certificate" TEXT,
    "driver_licence" TEXT,
    "decision_date" DATE NOT NULL,
    "entry_into_force_date" DATE NOT NULL,
    "payment_due_date" DATE NOT NULL,
    "amount_kopecks" INTEGER NOT NULL,
    "state" "fine_state" NOT NULL DEFAULT 'UNPAID',
    "paid_at" TIMESTAMPTZ(3),
    "paid_amount_kopecks" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "fine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal" (
    "id" UUID NOT NULL,
    "fine_id" UUID NOT NULL,
    "appellant_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "attachment_refs" TEXT[],
    "status" "appeal_status" NOT NULL DEFAULT 'SUBMITTED',
    "reviewer_id" UUID,
    "comment" TEXT,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "review_started_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tax_accrual" (
    "id" UUID NOT NULL,
    "uin" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "type" "tax_type" NOT NULL,
    "object" TEXT NOT NULL,
    "period" INTEGER NOT NULL,
    "tax_base" DOUBLE PRECISION NOT NULL,
    "rate" DOUBLE PRECISION NOT NULL,
    "benefit_applied" TEXT,
    "amount_kopecks" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "state" "tax_state" NOT NULL DEFAULT 'UNPAID',
    "paid_at" TIMESTAMPTZ(3),
    "paid_amount_kopecks" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tax_accrual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder" (
    "subject_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reminder_pkey" PRIMARY KEY ("subject_id","kind")
);

-- CreateTable
CREATE TABLE "processed_event" (
    "event_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id")
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
CREATE UNIQUE INDEX "fine_uin_key" ON "fine"("uin");

-- CreateIndex
CREATE INDEX "fine_owner_id_decision_date_idx" ON "fine"("owner_id", "decision_date" DESC);

-- CreateIndex
CREATE INDEX "fine_owner_id_driver_licence_idx" ON "fine"("owner_id", "driver_licence");

-- CreateIndex
CREATE INDEX "fine_owner_id_vehicle_plate_idx" ON "fine"("owner_id", "vehicle_plate");

-- CreateIndex
CREATE INDEX "fine_owner_id_registration_certificate_idx" ON "fine"("owner_id", "registration_certificate");

-- CreateIndex
CREATE INDEX "fine_state_decision_date_idx" ON "fine"("state", "decision_date");

-- CreateIndex
CREATE INDEX "appeal_fine_id_submitted_at_idx" ON "appeal"("fine_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "appeal_status_submitted_at_idx" ON "appeal"("status", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "tax_accrual_uin_key" ON "tax_accrual"("uin");

-- CreateIndex
CREATE INDEX "tax_accrual_owner_id_period_idx" ON "tax_accrual"("owner_id", "period" DESC);

-- CreateIndex
CREATE INDEX "tax_accrual_state_due_date_idx" ON "tax_accrual"("state", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "tax_accrual_owner_id_type_object_period_key" ON "tax_accrual"("owner_id", "type", "object", "period");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_subject_type_subject_id_idx" ON "outbox_event"("subject_type", "subject_id");

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_fine_id_fkey" FOREIGN KEY ("fine_id") REFERENCES "fine"("id") ON DELETE CASCADE ON UPDATE CASCADE;
