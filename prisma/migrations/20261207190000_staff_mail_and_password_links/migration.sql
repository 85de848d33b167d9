-- Staff mail preferences, and one-time links that invite a member or reset a
-- password instead of a password shown once (issue #19).

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN "mailNewRequests" TEXT;
ALTER TABLE "StaffUser" ADD COLUMN "mailMessages" TEXT;
ALTER TABLE "StaffUser" ADD COLUMN "mailReminders" TEXT;
ALTER TABLE "StaffUser" ADD COLUMN "mailDigest" BOOLEAN;
ALTER TABLE "StaffUser" ADD COLUMN "mustSetPassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "StaffPasswordToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staffUserId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdById" TEXT,
    CONSTRAINT "StaffPasswordToken_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffPasswordToken_tokenHash_key" ON "StaffPasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffPasswordToken_staffUserId_idx" ON "StaffPasswordToken"("staffUserId");
