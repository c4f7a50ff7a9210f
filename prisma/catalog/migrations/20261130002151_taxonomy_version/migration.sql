-- CreateTable
CREATE TABLE "taxonomy_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "taxonomy_version_pkey" PRIMARY KEY ("id")
);

INSERT INTO "taxonomy_version" ("id", "version") VALUES (1, 0);

-- Lists resolve filters against taxonomies a process keeps between requests, and every page reads this
-- version in its own statement: a page read at another version than the kept taxonomies' is read again with
-- fresh ones. The body is written with \073 for its semicolons (see the list_version migration).
CREATE FUNCTION "raise_taxonomy_version"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "taxonomy_version" SET "version" = "version" + 1 WHERE "id" = 1\073 RETURN NULL\073 END';

CREATE TRIGGER "taxonomy_version_on_platform" AFTER INSERT OR DELETE OR UPDATE ON "platform"
FOR EACH STATEMENT EXECUTE FUNCTION "raise_taxonomy_version"();
CREATE TRIGGER "taxonomy_version_on_offeror" AFTER INSERT OR DELETE OR UPDATE ON "offeror"
FOR EACH STATEMENT EXECUTE FUNCTION "raise_taxonomy_version"();
CREATE TRIGGER "taxonomy_version_on_school" AFTER INSERT OR DELETE OR UPDATE ON "school"
FOR EACH STATEMENT EXECUTE FUNCTION "raise_taxonomy_version"();
CREATE TRIGGER "taxonomy_version_on_department" AFTER INSERT OR DELETE OR UPDATE ON "department"
FOR EACH STATEMENT EXECUTE FUNCTION "raise_taxonomy_version"();
CREATE TRIGGER "taxonomy_version_on_topic" AFTER INSERT OR DELETE OR UPDATE ON "topic"
FOR EACH STATEMENT EXECUTE FUNCTION "raise_taxonomy_version"();
