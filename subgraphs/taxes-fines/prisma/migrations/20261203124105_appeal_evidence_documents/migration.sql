-- AlterTable
ALTER TABLE "appeal" ADD COLUMN     "document_ids" TEXT[] DEFAULT ARRAY[]::TEXT[];
