-- AlterTable
ALTER TABLE "application" ADD COLUMN     "attachment_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "decision" TEXT;
