-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "slot" INTEGER;
-- Attempts already recorded keep counting (a lock holds through the upgrade): numbered per email in id order.
UPDATE "SignInAttempt" s SET "slot" = n."slot"
FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "email" ORDER BY "id") AS "slot" FROM "SignInAttempt") n
WHERE n."id" = s."id";
ALTER TABLE "SignInAttempt" ALTER COLUMN "slot" SET NOT NULL;

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RateLimit_key_key" ON "RateLimit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "SignInAttempt_email_slot_key" ON "SignInAttempt"("email", "slot");

