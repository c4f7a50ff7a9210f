-- Filtered lists walk a sort index until they have a page. A filter that most resources fail (departments
-- 6 and 18 of undergraduate level in title order: 5,738 index entries for 21 rows) used to read each
-- entry's row from the table and probe its topic or department links, about 20 ms at 100,000 resources.
-- Here every sort index holds every column a list filters on, topics and departments included, so such a
-- walk is an index-only scan that never leaves the index.

-- AlterTable
ALTER TABLE "learning_resource" ADD COLUMN     "department_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "topic_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- The TITLE order's key. An index-only scan needs every column its query names, and lower("title") names
-- "title": an index on the expression would have to include the title too, twice the bytes, and a title
-- of 500 three-byte characters would then exceed a B-tree entry's limit. Prisma cannot describe a
-- generated column, so the schema leaves this one out and no client ever writes it.
ALTER TABLE "learning_resource" ADD COLUMN "title_key" TEXT GENERATED ALWAYS AS (lower("title")) STORED;

-- A resource's topic ids and department codes, sorted, recomputed from its links. Each row is locked before
-- its links are read, in a statement of its own and so a snapshot of its own (READ COMMITTED): a transaction
-- that changed the same resource's links concurrently has committed by then, and its links are counted.
-- Bodies are written with \073 for their semicolons: migrations are applied statement by statement, split
-- at every semicolon, quotes included.
CREATE FUNCTION "refresh_resource_link_ids"("resource_ids" UUID[]) RETURNS void LANGUAGE plpgsql AS
E'BEGIN
  PERFORM 1 FROM "learning_resource" WHERE "id" = ANY("resource_ids") ORDER BY "id" FOR NO KEY UPDATE\073
  UPDATE "learning_resource" r SET "topic_ids" = l."topic_ids", "department_ids" = l."department_ids"
  FROM (
    SELECT ids."id",
      ARRAY(SELECT t."topic_id" FROM "resource_topic" t WHERE t."resource_id" = ids."id" ORDER BY 1) AS "topic_ids",
      ARRAY(SELECT d."department_id" FROM "resource_department" d WHERE d."resource_id" = ids."id" ORDER BY 1)
        AS "department_ids"
    FROM unnest("resource_ids") AS ids("id")
  ) l
  WHERE r."id" = l."id"
    AND (r."topic_ids", r."department_ids") IS DISTINCT FROM (l."topic_ids", l."department_ids")\073
END';

-- One function for the links' statement triggers. Each names its changed rows by the trigger's transition
-- tables (a trigger with transition tables serves one event).
CREATE FUNCTION "refresh_link_ids_of_changed_resources"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM "refresh_resource_link_ids"(ARRAY(SELECT DISTINCT "resource_id" FROM "added_links"))\073
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM "refresh_resource_link_ids"(ARRAY(SELECT DISTINCT "resource_id" FROM "removed_links"))\073
  ELSE
    PERFORM "refresh_resource_link_ids"(
      ARRAY(SELECT "resource_id" FROM "removed_links" UNION SELECT "resource_id" FROM "added_links"))\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "resource_topic_ids_on_insert" AFTER INSERT ON "resource_topic"
REFERENCING NEW TABLE AS "added_links" FOR EACH STATEMENT EXECUTE FUNCTION "refresh_link_ids_of_changed_resources"();
CREATE TRIGGER "resource_topic_ids_on_delete" AFTER DELETE ON "resource_topic"
REFERENCING OLD TABLE AS "removed_links" FOR EACH STATEMENT EXECUTE FUNCTION "refresh_link_ids_of_changed_resources"();
CREATE TRIGGER "resource_topic_ids_on_update" AFTER UPDATE ON "resource_topic"
REFERENCING OLD TABLE AS "removed_links" NEW TABLE AS "added_links"
FOR EACH STATEMENT EXECUTE FUNCTION "refresh_link_ids_of_changed_resources"();

CREATE TRIGGER "resource_department_ids_on_insert" AFTER INSERT ON "resource_department"
REFERENCING NEW TABLE AS "added_links" FOR EACH STATEMENT EXECUTE FUNCTION "refresh_link_ids_of_changed_resources"();
CREATE TRIGGER "resource_department_ids_on_delete" AFTER DELETE ON "resource_department"
REFERENCING OLD TABLE AS "removed_links" FOR EACH STATEMENT EXECUTE FUNCTION "refresh_link_ids_of_changed_resources"();
CREATE TRIGGER "resource_department_ids_on_update" AFTER UPDATE ON "resource_department"
REFERENCING OLD TABLE AS "removed_links" NEW TABLE AS "added_links"
FOR EACH STATEMENT EXECUTE FUNCTION "refresh_link_ids_of_changed_resources"();

SELECT "refresh_resource_link_ids"(ARRAY(
  SELECT "resource_id" FROM "resource_topic" UNION SELECT "resource_id" FROM "resource_department"));

-- Every sort index, partial over published resources as lists are, now includes the filtered columns. The
-- NEWEST order gets one of its own: Prisma's index on ("created_at", "id") also serves editors' lists of
-- unpublished resources.
DROP INDEX "learning_resource_recently_modified_idx";
DROP INDEX "learning_resource_most_viewed_idx";
DROP INDEX "learning_resource_upcoming_start_idx";
DROP INDEX "learning_resource_title_idx";
CREATE INDEX "learning_resource_newest_idx" ON "learning_resource" ("created_at" DESC, "id" DESC)
  INCLUDE ("resource_type", "free", "professional", "certification", "certification_type", "offered_by", "platform",
           "delivery", "levels", "languages", "topic_ids", "department_ids")
  WHERE "published";
CREATE INDEX "learning_resource_recently_modified_idx" ON "learning_resource"
  (COALESCE("last_modified", '-infinity'::timestamptz) DESC, "id" DESC)
  INCLUDE ("last_modified", "resource_type", "free", "professional", "certification", "certification_type",
           "offered_by", "platform", "delivery", "levels", "languages", "topic_ids", "department_ids")
  WHERE "published";
CREATE INDEX "learning_resource_most_viewed_idx" ON "learning_resource" ("views" DESC, "id" DESC)
  INCLUDE ("resource_type", "free", "professional", "certification", "certification_type", "offered_by", "platform",
           "delivery", "levels", "languages", "topic_ids", "department_ids")
  WHERE "published";
CREATE INDEX "learning_resource_upcoming_start_idx" ON "learning_resource"
  (COALESCE("next_start_date", 'infinity'::timestamptz), "id")
  INCLUDE ("next_start_date", "resource_type", "free", "professional", "certification", "certification_type",
           "offered_by", "platform", "delivery", "levels", "languages", "topic_ids", "department_ids")
  WHERE "published";
CREATE INDEX "learning_resource_title_idx" ON "learning_resource" ("title_key", "id")
  INCLUDE ("resource_type", "free", "professional", "certification", "certification_type", "offered_by", "platform",
           "delivery", "levels", "languages", "topic_ids", "department_ids")
  WHERE "published";

-- Counts read the narrow list index, which now holds topics and departments too. GIN indexes let a filter on a
-- rare topic or department find its few resources instead of walking a sort index.
DROP INDEX "learning_resource_list_filter_idx";
CREATE INDEX "learning_resource_list_filter_idx" ON "learning_resource" ("resource_type", "id")
  INCLUDE ("free", "professional", "certification", "certification_type", "offered_by", "platform", "delivery",
           "levels", "languages", "topic_ids", "department_ids")
  WHERE "published";
CREATE INDEX "learning_resource_topic_ids_idx" ON "learning_resource" USING GIN ("topic_ids");
CREATE INDEX "learning_resource_department_ids_idx" ON "learning_resource" USING GIN ("department_ids");
