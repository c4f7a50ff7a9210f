-- AlterTable
ALTER TABLE "search_document" ADD COLUMN     "embedding" REAL[] DEFAULT ARRAY[]::REAL[];

-- CreateIndex
CREATE INDEX "search_document_synced_at_idx" ON "search_document"("synced_at");
