-- CreateEnum
CREATE TYPE "clinic_type" AS ENUM ('ADULT', 'CHILDREN', 'DENTAL', 'DIAGNOSTIC');

-- CreateEnum
CREATE TYPE "slot_status" AS ENUM ('FREE', 'BOOKED');

-- CreateEnum
CREATE TYPE "appointment_status" AS ENUM ('BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW');

-- CreateTable
CREATE TABLE "specialty" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "specialty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clinic" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "type" "clinic_type" NOT NULL,
    "phone" TEXT NOT NULL,
    "hours" JSONB NOT NULL,
    "utc_offset_minutes" INTEGER NOT NULL DEFAULT 180,

    CONSTRAINT "clinic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "doctor" (
    "id" UUID NOT NULL,
    "last_name" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "middle_name" TEXT,
    "specialty_id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "room" TEXT NOT NULL,
    "slot_minutes" INTEGER NOT NULL,

    CONSTRAINT "doctor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "slot" (
    "id" UUID NOT NULL,
    "doctor_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "status" "slot_status" NOT NULL DEFAULT 'FREE',

    CONSTRAINT "slot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointment" (
    "id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "slot_id" UUID NOT NULL,
    "doctor_id" UUID NOT NULL,
    "specialty_id" UUID NOT NULL,
    "status" "appointment_status" NOT NULL DEFAULT 'BOOKED',
    "booked_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "rescheduled" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointment_reminder" (
    "appointment_id" UUID NOT NULL,
    "slot_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appointment_reminder_pkey" PRIMARY KEY ("appointment_id","slot_id")
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
CREATE UNIQUE INDEX "specialty_code_key" ON "specialty"("code");

-- CreateIndex
CREATE INDEX "clinic_region_code_district_idx" ON "clinic"("region_code", "district");

-- CreateIndex
CREATE INDEX "doctor_specialty_id_clinic_id_idx" ON "doctor"("specialty_id", "clinic_id");

-- CreateIndex
CREATE INDEX "doctor_clinic_id_idx" ON "doctor"("clinic_id");

-- CreateIndex
CREATE INDEX "slot_doctor_id_status_starts_at_idx" ON "slot"("doctor_id", "status", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "slot_doctor_id_starts_at_key" ON "slot"("doctor_id", "starts_at");

-- CreateIndex
CREATE INDEX "appointment_patient_id_booked_at_idx" ON "appointment"("patient_id", "booked_at" DESC);

-- CreateIndex
CREATE INDEX "appointment_status_slot_id_idx" ON "appointment"("status", "slot_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_subject_type_subject_id_idx" ON "outbox_event"("subject_type", "subject_id");

-- AddForeignKey
ALTER TABLE "doctor" ADD CONSTRAINT "doctor_specialty_id_fkey" FOREIGN KEY ("specialty_id") REFERENCES "specialty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "doctor" ADD CONSTRAINT "doctor_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "slot" ADD CONSTRAINT "slot_doctor_id_fkey" FOREIGN KEY ("doctor_id") REFERENCES "doctor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "slot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (Prisma cannot express partial indexes). These are the booking rules themselves:
-- concurrent bookings that both passed every check still cannot both commit.
-- A slot has at most one active (BOOKED) appointment.
CREATE UNIQUE INDEX "appointment_active_slot_key" ON "appointment"("slot_id") WHERE "status" = 'BOOKED';
-- A patient has at most one active (BOOKED) appointment per specialty.
CREATE UNIQUE INDEX "appointment_active_specialty_key" ON "appointment"("patient_id", "specialty_id") WHERE "status" = 'BOOKED';
-- The reminder scan: active appointments by patient are found through these.
CREATE INDEX "appointment_patient_status_idx" ON "appointment"("patient_id", "status");
ALTER TABLE "slot" ADD CONSTRAINT "slot_duration_positive" CHECK ("duration_minutes" > 0);
