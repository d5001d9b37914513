-- AlterTable
ALTER TABLE "application" ADD COLUMN     "state_fee_kopecks" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "state_fee_paid_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "feed_offset" (
    "consumer" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feed_offset_pkey" PRIMARY KEY ("consumer")
);

-- CreateTable
CREATE TABLE "processed_event" (
    "event_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id")
);
