-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "externalId" TEXT;
ALTER TABLE "Customer" ADD COLUMN "sourceDetail" TEXT;

-- AlterTable
ALTER TABLE "ServiceOrder" ADD COLUMN "externalId" TEXT;
ALTER TABLE "ServiceOrder" ADD COLUMN "sourceDetail" TEXT;

-- AlterTable
ALTER TABLE "ServiceOrderChange" ADD COLUMN "externalId" TEXT;
ALTER TABLE "ServiceOrderChange" ADD COLUMN "sourceDetail" TEXT;

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN "externalId" TEXT;
ALTER TABLE "Invoice" ADD COLUMN "source" TEXT;
ALTER TABLE "Invoice" ADD COLUMN "sourceDetail" TEXT;

-- AlterTable
ALTER TABLE "MarketingContact" ADD COLUMN "externalId" TEXT;
ALTER TABLE "MarketingContact" ADD COLUMN "sourceDetail" TEXT;

-- AlterTable
ALTER TABLE "MarketingPermissionEvent" ADD COLUMN "externalId" TEXT;
ALTER TABLE "MarketingPermissionEvent" ADD COLUMN "sourceDetail" TEXT;
ALTER TABLE "MarketingPermissionEvent" ADD COLUMN "recordedById" TEXT;

-- CreateTable
CREATE TABLE "ErasedRecordTombstone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recordType" TEXT NOT NULL,
    "externalIdHash" TEXT NOT NULL,
    "requestId" TEXT,
    "erasedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "recordTypes" TEXT NOT NULL,
    "access" TEXT NOT NULL,
    "expiresAt" DATETIME,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    "lastUsedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RegisterSyncRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceDetail" TEXT,
    "apiKeyId" TEXT,
    "staffId" TEXT,
    "fileName" TEXT,
    "isDryRun" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "counts" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SyncIdempotencyKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apiKeyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "response" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Customer_externalId_key" ON "Customer"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceOrder_externalId_key" ON "ServiceOrder"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceOrderChange_externalId_key" ON "ServiceOrderChange"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_externalId_key" ON "Invoice"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "MarketingContact_externalId_key" ON "MarketingContact"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "MarketingPermissionEvent_externalId_key" ON "MarketingPermissionEvent"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ErasedRecordTombstone_recordType_externalIdHash_key" ON "ErasedRecordTombstone"("recordType", "externalIdHash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "RegisterSyncRun_kind_source_finishedAt_idx" ON "RegisterSyncRun"("kind", "source", "finishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SyncIdempotencyKey_apiKeyId_key_key" ON "SyncIdempotencyKey"("apiKeyId", "key");

-- CreateIndex
CREATE INDEX "SyncIdempotencyKey_createdAt_idx" ON "SyncIdempotencyKey"("createdAt");
