-- Written by hand: the schema engine's diff panics on this schema's hand-written partial indexes
-- (20261129203954_init); this is the statement it writes for the same change elsewhere.
-- AlterTable
ALTER TABLE "kindergarten_application" ADD COLUMN     "benefit_document_ids" TEXT[] DEFAULT ARRAY[]::TEXT[];
