-- CreateEnum
CREATE TYPE "ServiceCategory" AS ENUM ('INFORMATIONAL', 'TRANSACTIONAL', 'CONSULTATIVE', 'DOCUMENT', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "GovernmentLevel" AS ENUM ('FEDERAL', 'REGIONAL', 'MUNICIPAL');

-- CreateTable
CREATE TABLE "department" (
    "id" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "level" "GovernmentLevel" NOT NULL,
    "website" TEXT,

    CONSTRAINT "department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region" (
    "code" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "federal_district_ru" TEXT NOT NULL,
    "federal_district_en" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "service" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title_ru" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "description_ru" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "category" "ServiceCategory" NOT NULL,
    "subcategory_ru" TEXT NOT NULL,
    "subcategory_en" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "level" "GovernmentLevel" NOT NULL,
    "required_documents_ru" TEXT[],
    "required_documents_en" TEXT[],
    "fee_kopecks" INTEGER NOT NULL,
    "processing_days" INTEGER NOT NULL,
    "online_only" BOOLEAN NOT NULL,
    "form_schema" JSONB NOT NULL,
    "popularity" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_region" (
    "service_id" UUID NOT NULL,
    "region_code" TEXT NOT NULL,

    CONSTRAINT "service_region_pkey" PRIMARY KEY ("service_id","region_code")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_code_key" ON "service"("code");

-- CreateIndex
CREATE INDEX "service_department_id_popularity_idx" ON "service"("department_id", "popularity" DESC);

-- CreateIndex
CREATE INDEX "service_category_idx" ON "service"("category");

-- CreateIndex
CREATE INDEX "service_level_idx" ON "service"("level");

-- CreateIndex
CREATE INDEX "service_popularity_idx" ON "service"("popularity" DESC);

-- CreateIndex
CREATE INDEX "service_region_region_code_idx" ON "service_region"("region_code");

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_region" ADD CONSTRAINT "service_region_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_region" ADD CONSTRAINT "service_region_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
