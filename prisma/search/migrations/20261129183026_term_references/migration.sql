-- AlterTable
ALTER TABLE "search_document" ADD COLUMN     "terms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "search_term" ADD COLUMN     "documents" INTEGER NOT NULL DEFAULT 0;

-- Backfill: the words each published document gives, as the indexer's `termsOf` finds them (title words of
-- three letters or more, and topic, offeror and instructor names), then how many documents give each word.
UPDATE "search_document" AS d SET "terms" = ARRAY(
  SELECT DISTINCT word FROM (
    SELECT w AS word FROM regexp_split_to_table(lower(d."title"), '[^[:alnum:]]+') AS w WHERE length(w) >= 3
    UNION SELECT lower(l."label") FROM "facet_label" AS l WHERE l."facet" = 'topics' AND l."value" = ANY(d."topic_ids"::text[])
    UNION SELECT lower(l."label") FROM "facet_label" AS l WHERE l."facet" = 'offerors' AND l."value" = d."offeror"
    UNION SELECT lower(i) FROM unnest(d."instructors") AS i
  ) AS words)
WHERE d."published";

INSERT INTO "search_term" ("term") SELECT DISTINCT unnest("terms") FROM "search_document" ON CONFLICT DO NOTHING;
UPDATE "search_term" AS s SET "documents" = c.n
FROM (SELECT unnest("terms") AS term, count(*) AS n FROM "search_document" GROUP BY 1) AS c WHERE c.term = s."term";
DELETE FROM "search_term" WHERE "documents" = 0;
