-- AlterTable
ALTER TABLE "webhook_endpoint" ADD COLUMN     "sandbox" BOOLEAN NOT NULL DEFAULT false;
