-- CreateTable
CREATE TABLE "resource_list_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "resource_list_version_pkey" PRIMARY KEY ("id")
);

INSERT INTO "resource_list_version" ("id", "version") VALUES (1, 0);

-- Raised once per statement that can change which resources a filter lets through. A change of views or of
-- texts alone (what "record a view" and most edits touch) leaves cached counts valid.
-- The body is written with \073 for its semicolons: migrations are applied statement by statement, split at
-- every semicolon, dollar quotes included.
CREATE FUNCTION "raise_resource_list_version"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "resource_list_version" SET "version" = "version" + 1 WHERE "id" = 1\073 RETURN NULL\073 END';

CREATE TRIGGER "resource_list_version_on_resource"
AFTER INSERT OR DELETE OR UPDATE OF "published", "resource_type", "offered_by", "platform", "certification",
  "certification_type", "free", "professional", "delivery", "levels", "languages"
ON "learning_resource" FOR EACH STATEMENT EXECUTE FUNCTION "raise_resource_list_version"();

CREATE TRIGGER "resource_list_version_on_topic"
AFTER INSERT OR DELETE OR UPDATE ON "resource_topic" FOR EACH STATEMENT EXECUTE FUNCTION "raise_resource_list_version"();

CREATE TRIGGER "resource_list_version_on_department"
AFTER INSERT OR DELETE OR UPDATE ON "resource_department" FOR EACH STATEMENT EXECUTE FUNCTION "raise_resource_list_version"();
