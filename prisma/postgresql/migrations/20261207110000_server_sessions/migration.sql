-- Server-side session records (issue #20 point 1) and client-bound sign-in codes (points 2-3).

-- AlterTable
ALTER TABLE "LoginChallenge" ADD COLUMN "clientKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "SubjectSession" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "SubjectSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "userAgent" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SubjectSession_accountId_expiresAt_idx" ON "SubjectSession"("accountId", "expiresAt");

-- CreateIndex
CREATE INDEX "StaffSession_staffUserId_expiresAt_idx" ON "StaffSession"("staffUserId", "expiresAt");

-- AddForeignKey
ALTER TABLE "SubjectSession" ADD CONSTRAINT "SubjectSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
