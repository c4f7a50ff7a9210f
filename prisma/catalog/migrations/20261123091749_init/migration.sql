-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "resource_type" AS ENUM ('COURSE', 'PROGRAM', 'LEARNING_PATH', 'VIDEO', 'VIDEO_PLAYLIST', 'PODCAST', 'PODCAST_EPISODE', 'DOCUMENT');

-- CreateTable
CREATE TABLE "learning_resource" (
    "id" UUID NOT NULL,
    "platform" TEXT NOT NULL,
    "readable_id" TEXT NOT NULL,
    "resource_type" "resource_type" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "url" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT,
    "source_hash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "learning_resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_event" (
    "sequence" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "aggregate_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("sequence")
);

-- CreateIndex
CREATE INDEX "learning_resource_created_at_id_idx" ON "learning_resource"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "learning_resource_source_published_idx" ON "learning_resource"("source", "published");

-- CreateIndex
CREATE UNIQUE INDEX "learning_resource_platform_readable_id_key" ON "learning_resource"("platform", "readable_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_sequence_idx" ON "outbox_event"("published_at", "sequence");
