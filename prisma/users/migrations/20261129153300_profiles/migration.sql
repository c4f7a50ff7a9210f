-- AlterTable
ALTER TABLE "user_account" ADD COLUMN     "avatar_url" TEXT,
ADD COLUMN     "display_name" TEXT,
ADD COLUMN     "interests" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "learning_goals" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "preferred_languages" TEXT[] DEFAULT ARRAY[]::TEXT[];
