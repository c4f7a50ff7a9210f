-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "learning_path" (
    "id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "learning_path_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "learning_path_item" (
    "path_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "resource_id" UUID NOT NULL,

    CONSTRAINT "learning_path_item_pkey" PRIMARY KEY ("path_id","position")
);

-- CreateTable
CREATE TABLE "known_resource" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "resource_type" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL,
    "synced_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "known_resource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "learning_path_created_at_id_idx" ON "learning_path"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "learning_path_author_id_created_at_id_idx" ON "learning_path"("author_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "learning_path_item_resource_id_idx" ON "learning_path_item"("resource_id");

-- AddForeignKey
ALTER TABLE "learning_path_item" ADD CONSTRAINT "learning_path_item_path_id_fkey" FOREIGN KEY ("path_id") REFERENCES "learning_path"("id") ON DELETE CASCADE ON UPDATE CASCADE;
