-- Every learningResources page counts its whole filtered list (totalCount). Without an index holding the
-- filtered columns that count reads the table itself, about 1.7 kB a row with descriptions, and at
-- 100,000 resources it took 80 to 105 ms of a filtered page's 90 to 110 ms. This narrow covering index
-- (13 MB at 100,000 resources) holds every column the list filters compare, so that counts become
-- index-only scans over published resources and topic and department filters join on its id.
-- Prisma cannot express INCLUDE columns on a partial index, hence raw SQL.
CREATE INDEX "learning_resource_list_filter_idx" ON "learning_resource" ("resource_type", "id")
  INCLUDE ("free", "professional", "certification", "certification_type", "offered_by", "platform", "delivery", "levels", "languages")
  WHERE "published";
