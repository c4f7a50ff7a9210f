-- AlterTable
ALTER TABLE "search_document" ADD COLUMN     "change_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();

-- CreateIndex
CREATE INDEX "search_document_change_xid_idx" ON "search_document"("change_xid");

-- Every write stamps the row with its transaction, whatever statement makes it: a search process that saw
-- the database as of a snapshot reads next exactly the rows whose transaction that snapshot did not see.
-- The migration runner splits scripts at every semicolon, so the function body writes them as \073.
CREATE FUNCTION "search_document_changed"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN NEW.change_xid := pg_current_xact_id()\073 RETURN NEW\073 END';

CREATE TRIGGER "search_document_changed" BEFORE INSERT OR UPDATE ON "search_document"
  FOR EACH ROW EXECUTE FUNCTION "search_document_changed"();

-- Without statistics on the new column the planner guesses that a third of the rows are newer than any
-- snapshot and scans the table for every refresh instead of the index.
ANALYZE "search_document";
