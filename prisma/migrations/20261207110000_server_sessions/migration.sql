-- Server-side session records (issue #20 point 1) and client-bound sign-in codes (points 2-3).

-- AlterTable
ALTER TABLE "LoginChallenge" ADD COLUMN "clientKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "SubjectSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    CONSTRAINT "SubjectSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staffUserId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "userAgent" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "StaffSession_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SubjectSession_accountId_expiresAt_idx" ON "SubjectSession"("accountId", "expiresAt");

-- CreateIndex
CREATE INDEX "StaffSession_staffUserId_expiresAt_idx" ON "StaffSession"("staffUserId", "expiresAt");
