-- CreateEnum
CREATE TYPE "sex" AS ENUM ('MALE', 'FEMALE');

-- CreateTable
CREATE TABLE "children" (
    "id" UUID NOT NULL,
    "parent_id" UUID NOT NULL,
    "last_name" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "middle_name" TEXT,
    "birth_date" DATE NOT NULL,
    "sex" "sex" NOT NULL,
    "certificate_iv" BYTEA NOT NULL,
    "certificate_auth_tag" BYTEA NOT NULL,
    "certificate_ciphertext" BYTEA NOT NULL,
    "certificate_lookup_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "children_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "children_parent_id_birth_date_idx" ON "children"("parent_id", "birth_date");

-- CreateIndex
CREATE UNIQUE INDEX "children_parent_id_certificate_lookup_hash_key" ON "children"("parent_id", "certificate_lookup_hash");

-- AddForeignKey
ALTER TABLE "children" ADD CONSTRAINT "children_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
