-- CreateEnum
CREATE TYPE "certification_type" AS ENUM ('NONE', 'COMPLETION', 'PROFESSIONAL', 'MICROMASTERS');

-- CreateEnum
CREATE TYPE "delivery" AS ENUM ('ONLINE', 'HYBRID', 'IN_PERSON', 'OFFLINE');

-- CreateEnum
CREATE TYPE "pace" AS ENUM ('SELF_PACED', 'INSTRUCTOR_PACED');

-- CreateEnum
CREATE TYPE "format" AS ENUM ('SYNCHRONOUS', 'ASYNCHRONOUS');

-- CreateEnum
CREATE TYPE "availability" AS ENUM ('DATED', 'ANYTIME');

-- CreateEnum
CREATE TYPE "level" AS ENUM ('HIGH_SCHOOL', 'UNDERGRADUATE', 'GRADUATE', 'NONCREDIT', 'INTRODUCTORY', 'INTERMEDIATE', 'ADVANCED');

-- CreateEnum
CREATE TYPE "relation_kind" AS ENUM ('PROGRAM_COURSE', 'PLAYLIST_VIDEO', 'PODCAST_EPISODE');

-- AlterTable
ALTER TABLE "learning_resource" ADD COLUMN     "availability" "availability",
ADD COLUMN     "certification" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "certification_type" "certification_type" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "delivery" "delivery"[] DEFAULT ARRAY[]::"delivery"[],
ADD COLUMN     "duration" TEXT,
ADD COLUMN     "format" "format"[] DEFAULT ARRAY[]::"format"[],
ADD COLUMN     "free" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "full_description" TEXT,
ADD COLUMN     "image_alt" TEXT,
ADD COLUMN     "image_url" TEXT,
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "last_modified" TIMESTAMPTZ(3),
ADD COLUMN     "levels" "level"[] DEFAULT ARRAY[]::"level"[],
ADD COLUMN     "location" TEXT,
ADD COLUMN     "max_weekly_hours" DECIMAL(6,2),
ADD COLUMN     "max_weeks" INTEGER,
ADD COLUMN     "min_weekly_hours" DECIMAL(6,2),
ADD COLUMN     "min_weeks" INTEGER,
ADD COLUMN     "next_start_date" TIMESTAMPTZ(3),
ADD COLUMN     "offered_by" TEXT,
ADD COLUMN     "pace" "pace"[] DEFAULT ARRAY[]::"pace"[],
ADD COLUMN     "professional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "time_commitment" TEXT,
ADD COLUMN     "views" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "resource_price" (
    "resource_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" TEXT NOT NULL,

    CONSTRAINT "resource_price_pkey" PRIMARY KEY ("resource_id","position")
);

-- CreateTable
CREATE TABLE "learning_resource_run" (
    "id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "run_id" TEXT NOT NULL,
    "title" TEXT,
    "url" TEXT,
    "levels" "level"[] DEFAULT ARRAY[]::"level"[],
    "semester" TEXT,
    "year" INTEGER,
    "start_date" TIMESTAMPTZ(3),
    "end_date" TIMESTAMPTZ(3),
    "enrollment_start" TIMESTAMPTZ(3),
    "enrollment_end" TIMESTAMPTZ(3),
    "delivery" "delivery"[] DEFAULT ARRAY[]::"delivery"[],
    "pace" "pace"[] DEFAULT ARRAY[]::"pace"[],
    "format" "format"[] DEFAULT ARRAY[]::"format"[],
    "prices" JSONB NOT NULL DEFAULT '[]',
    "instructors" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "learning_resource_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource_relation" (
    "parent_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,
    "kind" "relation_kind" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "resource_relation_pkey" PRIMARY KEY ("parent_id","child_id")
);

-- CreateTable
CREATE TABLE "resource_topic" (
    "resource_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "resource_topic_pkey" PRIMARY KEY ("resource_id","topic_id")
);

-- CreateTable
CREATE TABLE "resource_department" (
    "resource_id" UUID NOT NULL,
    "department_id" TEXT NOT NULL,

    CONSTRAINT "resource_department_pkey" PRIMARY KEY ("resource_id","department_id")
);

-- CreateTable
CREATE TABLE "topic" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "icon" TEXT,
    "parent_id" UUID,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic_mapping" (
    "provider" TEXT NOT NULL,
    "provider_name" TEXT NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "topic_mapping_pkey" PRIMARY KEY ("provider","provider_name","topic_id")
);

-- CreateTable
CREATE TABLE "school" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,

    CONSTRAINT "school_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "department" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "school_code" TEXT,

    CONSTRAINT "department_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "platform" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,

    CONSTRAINT "platform_pkey" PRIMARY KEY ("code")
);

-- Resources imported before platforms were a taxonomy keep their platform, which seeding the taxonomy then names.
INSERT INTO "platform" ("code", "name") SELECT DISTINCT "platform", "platform" FROM "learning_resource" ON CONFLICT DO NOTHING;

-- CreateTable
CREATE TABLE "offeror" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "professional" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,

    CONSTRAINT "offeror_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "learning_resource_run_resource_id_run_id_key" ON "learning_resource_run"("resource_id", "run_id");

-- CreateIndex
CREATE INDEX "resource_relation_child_id_idx" ON "resource_relation"("child_id");

-- CreateIndex
CREATE INDEX "resource_topic_topic_id_resource_id_idx" ON "resource_topic"("topic_id", "resource_id");

-- CreateIndex
CREATE INDEX "resource_department_department_id_resource_id_idx" ON "resource_department"("department_id", "resource_id");

-- CreateIndex
CREATE UNIQUE INDEX "topic_code_key" ON "topic"("code");

-- CreateIndex
CREATE INDEX "topic_parent_id_idx" ON "topic"("parent_id");

-- CreateIndex
CREATE INDEX "learning_resource_offered_by_idx" ON "learning_resource"("offered_by");

-- AddForeignKey
ALTER TABLE "learning_resource" ADD CONSTRAINT "learning_resource_platform_fkey" FOREIGN KEY ("platform") REFERENCES "platform"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "learning_resource" ADD CONSTRAINT "learning_resource_offered_by_fkey" FOREIGN KEY ("offered_by") REFERENCES "offeror"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_price" ADD CONSTRAINT "resource_price_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "learning_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "learning_resource_run" ADD CONSTRAINT "learning_resource_run_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "learning_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_relation" ADD CONSTRAINT "resource_relation_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "learning_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_relation" ADD CONSTRAINT "resource_relation_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "learning_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_topic" ADD CONSTRAINT "resource_topic_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "learning_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_topic" ADD CONSTRAINT "resource_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_department" ADD CONSTRAINT "resource_department_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "learning_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_department" ADD CONSTRAINT "resource_department_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic" ADD CONSTRAINT "topic_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_mapping" ADD CONSTRAINT "topic_mapping_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "department" ADD CONSTRAINT "department_school_code_fkey" FOREIGN KEY ("school_code") REFERENCES "school"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- Indexes Prisma cannot express: one per list order (published resources only, the expressions exactly as
-- the list query orders by them), and GIN indexes for the array filters.
CREATE INDEX "learning_resource_recently_modified_idx" ON "learning_resource"
  (COALESCE("last_modified", '-infinity'::timestamptz) DESC, "id" DESC) WHERE "published";
CREATE INDEX "learning_resource_most_viewed_idx" ON "learning_resource" ("views" DESC, "id" DESC) WHERE "published";
CREATE INDEX "learning_resource_upcoming_start_idx" ON "learning_resource"
  (COALESCE("next_start_date", 'infinity'::timestamptz), "id") WHERE "published";
CREATE INDEX "learning_resource_title_idx" ON "learning_resource" (lower("title"), "id") WHERE "published";
CREATE INDEX "learning_resource_delivery_idx" ON "learning_resource" USING GIN ("delivery");
CREATE INDEX "learning_resource_levels_idx" ON "learning_resource" USING GIN ("levels");
CREATE INDEX "learning_resource_languages_idx" ON "learning_resource" USING GIN ("languages");
