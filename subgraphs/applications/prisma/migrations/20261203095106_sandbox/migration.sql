-- AlterTable
ALTER TABLE "application" ADD COLUMN     "sandbox" BOOLEAN NOT NULL DEFAULT false;
