-- AlterTable
ALTER TABLE "fine" ADD COLUMN     "sandbox" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "tax_accrual" ADD COLUMN     "sandbox" BOOLEAN NOT NULL DEFAULT false;
