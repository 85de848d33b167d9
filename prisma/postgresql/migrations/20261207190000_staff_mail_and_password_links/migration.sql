-- Staff mail preferences, and one-time links that invite a member or reset a
-- password instead of a password shown once (issue #19).

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN "mailNewRequests" TEXT,
ADD COLUMN "mailMessages" TEXT,
ADD COLUMN "mailReminders" TEXT,
ADD COLUMN "mailDigest" BOOLEAN,
ADD COLUMN "mustSetPassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "StaffPasswordToken" (
    "id" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT,

    CONSTRAINT "StaffPasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffPasswordToken_tokenHash_key" ON "StaffPasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffPasswordToken_staffUserId_idx" ON "StaffPasswordToken"("staffUserId");

-- AddForeignKey
ALTER TABLE "StaffPasswordToken" ADD CONSTRAINT "StaffPasswordToken_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
