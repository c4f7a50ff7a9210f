-- AlterTable
ALTER TABLE "search_document" ADD COLUMN     "certification" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "certification_type" TEXT NOT NULL DEFAULT 'NONE',
ADD COLUMN     "created_at" TIMESTAMPTZ(3),
ADD COLUMN     "delivery" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "departments" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "document" tsvector,
ADD COLUMN     "free" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "instructors" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "levels" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "next_start_date" TIMESTAMPTZ(3),
ADD COLUMN     "offeror" TEXT,
ADD COLUMN     "platform" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "professional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "topic_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "views" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "facet_label" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "facet_label_pkey" PRIMARY KEY ("facet","value")
);

-- CreateTable
CREATE TABLE "search_term" (
    "term" TEXT NOT NULL,

    CONSTRAINT "search_term_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "search_document_created_at_id_idx" ON "search_document"("created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "search_document_views_id_idx" ON "search_document"("views" DESC, "id");

-- CreateIndex
CREATE INDEX "search_document_next_start_date_id_idx" ON "search_document"("next_start_date", "id");

-- By hand (Prisma cannot express these). Rows indexed before this migration match on title and
-- description until their next event or a reindex brings the rest.
UPDATE "search_document" SET "document" =
  setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', coalesce("description", '')), 'C');
DROP INDEX "search_document_fts_idx";
CREATE INDEX "search_document_document_idx" ON "search_document" USING GIN ("document");
CREATE INDEX "search_document_topic_ids_idx" ON "search_document" USING GIN ("topic_ids");

-- Trigrams for "did you mean" (similarity) and a prefix index for suggestions as you type.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "search_term_trgm_idx" ON "search_term" USING GIN ("term" gin_trgm_ops);
CREATE INDEX "search_term_prefix_idx" ON "search_term" ("term" text_pattern_ops);
