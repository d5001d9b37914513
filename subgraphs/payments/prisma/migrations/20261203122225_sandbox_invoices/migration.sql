-- AlterTable
ALTER TABLE "invoice" ADD COLUMN     "sandbox" BOOLEAN NOT NULL DEFAULT false;
