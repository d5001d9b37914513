-- AlterTable
ALTER TABLE "application" ADD COLUMN     "applicant_name" TEXT;
