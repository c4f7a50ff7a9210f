-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "search_document" (
    "id" UUID NOT NULL,
    "resource_type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "published" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL,
    "synced_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_document_pkey" PRIMARY KEY ("id")
);

-- Full-text index (Prisma cannot express it): the search query uses exactly this expression.
CREATE INDEX "search_document_fts_idx" ON "search_document"
  USING GIN (to_tsvector('english', "title" || ' ' || coalesce("description", '')));
