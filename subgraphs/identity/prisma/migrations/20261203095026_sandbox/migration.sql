-- AlterTable
ALTER TABLE "users" ADD COLUMN     "sandbox" BOOLEAN NOT NULL DEFAULT false;
