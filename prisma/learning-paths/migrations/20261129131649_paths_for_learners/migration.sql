-- CreateEnum
CREATE TYPE "PathVisibility" AS ENUM ('PRIVATE', 'UNLISTED', 'PUBLIC');

-- AlterTable
ALTER TABLE "learning_path" ADD COLUMN     "copied_from_id" UUID,
ADD COLUMN     "follower_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "hidden_at" TIMESTAMPTZ(3),
ADD COLUMN     "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "visibility" "PathVisibility" NOT NULL DEFAULT 'PRIVATE',
ALTER COLUMN "author_id" DROP NOT NULL;

-- Paths written before visibility existed were readable by everyone, anonymous callers included: they stay
-- PUBLIC, so nobody loses a link they shared. New paths are PRIVATE until their author says otherwise.
UPDATE "learning_path" SET "visibility" = 'PUBLIC';

-- AlterTable: the 1-based positions become sparse ranks in the same order (see item-ranks.ts), then go.
ALTER TABLE "learning_path_item" DROP CONSTRAINT "learning_path_item_pkey",
ADD COLUMN     "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "note" TEXT,
ADD COLUMN     "rank" INTEGER,
ADD COLUMN     "required" BOOLEAN NOT NULL DEFAULT true;
UPDATE "learning_path_item" SET "rank" = "position" * 1048576;
ALTER TABLE "learning_path_item" DROP COLUMN "position",
ALTER COLUMN "rank" SET NOT NULL,
ADD CONSTRAINT "learning_path_item_pkey" PRIMARY KEY ("path_id", "resource_id");

-- CreateTable
CREATE TABLE "learning_path_editor" (
    "path_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "learning_path_editor_pkey" PRIMARY KEY ("path_id","user_id")
);

-- CreateTable
CREATE TABLE "path_follow" (
    "user_id" UUID NOT NULL,
    "path_id" UUID NOT NULL,
    "followed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "path_follow_pkey" PRIMARY KEY ("user_id","path_id")
);

-- CreateTable
CREATE TABLE "item_progress" (
    "user_id" UUID NOT NULL,
    "path_id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "done_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_progress_pkey" PRIMARY KEY ("user_id","path_id","resource_id")
);

-- CreateTable
CREATE TABLE "favorite" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "favorite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "learning_path_editor_user_id_idx" ON "learning_path_editor"("user_id");

-- CreateIndex
CREATE INDEX "path_follow_path_id_idx" ON "path_follow"("path_id");

-- CreateIndex
CREATE INDEX "path_follow_user_id_followed_at_path_id_idx" ON "path_follow"("user_id", "followed_at" DESC, "path_id" DESC);

-- CreateIndex
CREATE INDEX "item_progress_user_id_done_at_idx" ON "item_progress"("user_id", "done_at" DESC);

-- CreateIndex
CREATE INDEX "item_progress_path_id_idx" ON "item_progress"("path_id");

-- CreateIndex
CREATE INDEX "favorite_user_id_created_at_id_idx" ON "favorite"("user_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "favorite_user_id_resource_id_key" ON "favorite"("user_id", "resource_id");

-- CreateIndex
CREATE INDEX "learning_path_follower_count_id_idx" ON "learning_path"("follower_count" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "learning_path_topics_idx" ON "learning_path" USING GIN ("topics");

-- CreateIndex
CREATE UNIQUE INDEX "learning_path_item_path_id_rank_key" ON "learning_path_item"("path_id", "rank");

-- AddForeignKey
ALTER TABLE "learning_path_editor" ADD CONSTRAINT "learning_path_editor_path_id_fkey" FOREIGN KEY ("path_id") REFERENCES "learning_path"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "path_follow" ADD CONSTRAINT "path_follow_path_id_fkey" FOREIGN KEY ("path_id") REFERENCES "learning_path"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_progress" ADD CONSTRAINT "item_progress_path_id_fkey" FOREIGN KEY ("path_id") REFERENCES "learning_path"("id") ON DELETE CASCADE ON UPDATE CASCADE;
