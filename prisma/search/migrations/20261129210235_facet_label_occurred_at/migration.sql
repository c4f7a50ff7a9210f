-- AlterTable
ALTER TABLE "facet_label" ADD COLUMN     "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT '-infinity'::timestamptz;
