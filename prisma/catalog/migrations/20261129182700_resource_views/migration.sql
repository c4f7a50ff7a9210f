-- CreateTable
CREATE TABLE "resource_view" (
    "day" DATE NOT NULL,
    "resource_id" UUID NOT NULL,
    "visitor_key" TEXT NOT NULL,

    CONSTRAINT "resource_view_pkey" PRIMARY KEY ("day","resource_id","visitor_key")
);
