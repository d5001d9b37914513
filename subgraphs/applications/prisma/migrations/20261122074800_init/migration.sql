-- CreateEnum
CREATE TYPE "application_status" AS ENUM ('SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED', 'COMPLETED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "priority" AS ENUM ('NORMAL', 'HIGH');

-- CreateEnum
CREATE TYPE "actor_role" AS ENUM ('APPLICANT', 'EMPLOYEE', 'SYSTEM');

-- CreateTable
CREATE TABLE "application" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "applicant_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "service_id" UUID NOT NULL,
    "service_code" TEXT NOT NULL,
    "service_title_ru" TEXT NOT NULL,
    "service_title_en" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "processing_days" INTEGER NOT NULL,
    "status" "application_status" NOT NULL,
    "priority" "priority" NOT NULL DEFAULT 'NORMAL',
    "form_data" JSONB NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "document_ref" TEXT,
    "rejection_reason" TEXT,
    "assignee_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "registered_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_change" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "from_status" "application_status",
    "to_status" "application_status" NOT NULL,
    "actor_id" UUID,
    "actor_role" "actor_role" NOT NULL,
    "comment" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_counter" (
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "application_counter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "saved_filter" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_filter_pkey" PRIMARY KEY ("id")
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

-- CreateIndex
CREATE UNIQUE INDEX "application_number_key" ON "application"("number");

-- CreateIndex
CREATE INDEX "application_applicant_id_submitted_at_idx" ON "application"("applicant_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "application_department_id_status_deadline_idx" ON "application"("department_id", "status", "deadline");

-- CreateIndex
CREATE INDEX "application_department_id_deadline_idx" ON "application"("department_id", "deadline");

-- CreateIndex
CREATE INDEX "application_department_id_submitted_at_idx" ON "application"("department_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "application_department_id_priority_deadline_idx" ON "application"("department_id", "priority" DESC, "deadline");

-- CreateIndex
CREATE INDEX "application_department_id_assignee_id_deadline_idx" ON "application"("department_id", "assignee_id", "deadline");

-- CreateIndex
CREATE INDEX "application_department_id_service_id_deadline_idx" ON "application"("department_id", "service_id", "deadline");

-- CreateIndex
CREATE INDEX "application_service_id_status_idx" ON "application"("service_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "application_applicant_id_idempotency_key_key" ON "application"("applicant_id", "idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "status_change_application_id_seq_key" ON "status_change"("application_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "saved_filter_owner_id_name_key" ON "saved_filter"("owner_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_subject_type_subject_id_idx" ON "outbox_event"("subject_type", "subject_id");

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
