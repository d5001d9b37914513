-- CreateEnum
CREATE TYPE "kindergarten_type" AS ENUM ('GENERAL', 'COMBINED', 'COMPENSATORY');

-- CreateEnum
CREATE TYPE "benefit_category" AS ENUM ('EXTRAORDINARY', 'PRIORITY', 'PREFERENTIAL', 'NONE');

-- CreateEnum
CREATE TYPE "kindergarten_application_status" AS ENUM ('QUEUED', 'OFFERED', 'ENROLLED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "school_priority_right" AS ENUM ('SIBLING', 'MILITARY_FAMILY', 'POLICE_FAMILY', 'JUSTICE_OFFICIAL_FAMILY');

-- CreateEnum
CREATE TYPE "school_enrollment_basis" AS ENUM ('PRIORITY_RIGHT', 'TERRITORY', 'GENERAL');

-- CreateEnum
CREATE TYPE "school_enrollment_status" AS ENUM ('SUBMITTED', 'ENROLLED', 'REFUSED');

-- CreateTable
CREATE TABLE "kindergarten" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "type" "kindergarten_type" NOT NULL,
    "language" TEXT NOT NULL,
    "specialisation" TEXT,

    CONSTRAINT "kindergarten_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kindergarten_group" (
    "id" UUID NOT NULL,
    "kindergarten_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "age_from_months" INTEGER NOT NULL,
    "age_to_months" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "enrolled" INTEGER NOT NULL DEFAULT 0,
    "reserved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "kindergarten_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kindergarten_application" (
    "id" UUID NOT NULL,
    "parent_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,
    "child_birth_date" DATE NOT NULL,
    "desired_start_date" DATE NOT NULL,
    "benefit_category" "benefit_category" NOT NULL,
    "benefit_document_ref" TEXT,
    "status" "kindergarten_application_status" NOT NULL DEFAULT 'QUEUED',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "offered_kindergarten_id" UUID,
    "offered_group_id" UUID,
    "offered_by" UUID,
    "offered_at" TIMESTAMPTZ(3),
    "offer_expires_at" TIMESTAMPTZ(3),
    "closed_reason" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kindergarten_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kindergarten_preference" (
    "application_id" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "kindergarten_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,

    CONSTRAINT "kindergarten_preference_pkey" PRIMARY KEY ("application_id","rank")
);

-- CreateTable
CREATE TABLE "school" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "territory" TEXT[],
    "first_grade_places" INTEGER NOT NULL,
    "enrolled" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "school_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school_enrollment" (
    "id" UUID NOT NULL,
    "parent_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,
    "child_birth_date" DATE NOT NULL,
    "school_id" UUID NOT NULL,
    "campaign_year" INTEGER NOT NULL,
    "registered_address" TEXT,
    "priority_right" "school_priority_right",
    "basis" "school_enrollment_basis" NOT NULL,
    "status" "school_enrollment_status" NOT NULL DEFAULT 'SUBMITTED',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by" UUID,
    "comment" TEXT,

    CONSTRAINT "school_enrollment_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "kindergarten_region_code_district_idx" ON "kindergarten"("region_code", "district");

-- CreateIndex
CREATE UNIQUE INDEX "kindergarten_region_code_number_key" ON "kindergarten"("region_code", "number");

-- CreateIndex
CREATE INDEX "kindergarten_group_kindergarten_id_age_from_months_idx" ON "kindergarten_group"("kindergarten_id", "age_from_months");

-- CreateIndex
CREATE INDEX "kindergarten_application_parent_id_submitted_at_idx" ON "kindergarten_application"("parent_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "kindergarten_application_status_offer_expires_at_idx" ON "kindergarten_application"("status", "offer_expires_at");

-- CreateIndex
CREATE INDEX "kindergarten_preference_group_id_idx" ON "kindergarten_preference"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "kindergarten_preference_application_id_kindergarten_id_key" ON "kindergarten_preference"("application_id", "kindergarten_id");

-- CreateIndex
CREATE INDEX "school_region_code_district_idx" ON "school"("region_code", "district");

-- CreateIndex
CREATE UNIQUE INDEX "school_region_code_number_key" ON "school"("region_code", "number");

-- CreateIndex
CREATE INDEX "school_enrollment_parent_id_submitted_at_idx" ON "school_enrollment"("parent_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "school_enrollment_school_id_status_submitted_at_idx" ON "school_enrollment"("school_id", "status", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_subject_type_subject_id_idx" ON "outbox_event"("subject_type", "subject_id");

-- AddForeignKey
ALTER TABLE "kindergarten_group" ADD CONSTRAINT "kindergarten_group_kindergarten_id_fkey" FOREIGN KEY ("kindergarten_id") REFERENCES "kindergarten"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kindergarten_preference" ADD CONSTRAINT "kindergarten_preference_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "kindergarten_application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (Prisma cannot express partial indexes).
-- One active kindergarten application per child: a cancelled or declined one does not count.
CREATE UNIQUE INDEX "kindergarten_application_one_active_per_child" ON "kindergarten_application"("child_id") WHERE "status" IN ('QUEUED', 'OFFERED', 'ENROLLED');

-- One first-grade application per child and campaign year, unless the school refused it.
CREATE UNIQUE INDEX "school_enrollment_one_per_child_and_year" ON "school_enrollment"("child_id", "campaign_year") WHERE "status" IN ('SUBMITTED', 'ENROLLED');

-- Places are never negative and never more than the capacity.
ALTER TABLE "kindergarten_group" ADD CONSTRAINT "kindergarten_group_places_check" CHECK ("enrolled" >= 0 AND "reserved" >= 0 AND "enrolled" + "reserved" <= "capacity");
ALTER TABLE "school" ADD CONSTRAINT "school_places_check" CHECK ("enrolled" >= 0 AND "enrolled" <= "first_grade_places");
