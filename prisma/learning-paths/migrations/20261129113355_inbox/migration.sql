-- CreateTable
CREATE TABLE "inbox_event" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_event_pkey" PRIMARY KEY ("id")
);
