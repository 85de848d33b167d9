-- CreateTable
CREATE TABLE "Customer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "company" TEXT,
    "streetAddress" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "country" TEXT NOT NULL DEFAULT 'FI',
    "phone" TEXT,
    "email" TEXT,
    "relationshipStartedOn" DATETIME NOT NULL,
    "relationshipEndedOn" DATETIME,
    "source" TEXT NOT NULL,
    "anonymizedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ServiceOrder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "customerId" TEXT NOT NULL,
    "serviceName" TEXT NOT NULL,
    "description" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "orderedAt" DATETIME NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME,
    "priceCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ServiceOrder_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceOrderChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL,
    "changeType" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "previousValue" TEXT,
    "newValue" TEXT,
    "source" TEXT NOT NULL,
    CONSTRAINT "ServiceOrderChange_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ServiceOrder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "customerId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATETIME NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "financialYearEnd" DATETIME NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "netCents" INTEGER NOT NULL,
    "vatCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "billingName" TEXT NOT NULL,
    "billingAddress" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invoice_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "invoiceId" TEXT NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,
    "vatRateBp" INTEGER NOT NULL,
    "netCents" INTEGER NOT NULL,
    CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketingContact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "customerId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "company" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "streetAddress" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "source" TEXT NOT NULL,
    "lastActivityOn" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MarketingContact_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketingPermission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contactId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "decidedAt" DATETIME NOT NULL,
    "method" TEXT NOT NULL,
    CONSTRAINT "MarketingPermission_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "MarketingContact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketingPermissionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contactId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "decidedAt" DATETIME NOT NULL,
    "method" TEXT NOT NULL,
    "note" TEXT,
    "requestId" TEXT,
    CONSTRAINT "MarketingPermissionEvent_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "MarketingContact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarketingSuppression" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "valueHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requestId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Restriction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "ground" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requestId" TEXT,
    "setById" TEXT,
    "setAt" DATETIME NOT NULL,
    "liftedAt" DATETIME,
    "liftedById" TEXT,
    "subjectInformedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'fi',
    "emailVerifiedAt" DATETIME,
    "sessionsValidFrom" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LoginChallenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "linkTokenHash" TEXT NOT NULL,
    "pendingName" TEXT,
    "pendingPhone" TEXT,
    "pendingLocale" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RightsRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "targetsCustomerRegister" BOOLEAN NOT NULL,
    "targetsMarketingRegister" BOOLEAN NOT NULL,
    "details" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "dueDate" TEXT NOT NULL,
    "targetDate" TEXT NOT NULL,
    "isExtended" BOOLEAN NOT NULL DEFAULT false,
    "extendedAt" DATETIME,
    "extensionReason" TEXT,
    "assigneeId" TEXT,
    "identityVerifiedAt" DATETIME,
    "identityVerifiedById" TEXT,
    "identityNote" TEXT,
    "refusalGround" TEXT,
    "refusalReason" TEXT,
    "responseLetter" TEXT,
    "closedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RightsRequest_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RightsRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestSuspension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    "reason" TEXT NOT NULL,
    CONSTRAINT "RequestSuspension_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RightsRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "isVisibleToSubject" BOOLEAN NOT NULL,
    "data" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RightsRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "authorType" TEXT NOT NULL,
    "authorStaffId" TEXT,
    "body" TEXT NOT NULL,
    "isInternalNote" BOOLEAN NOT NULL DEFAULT false,
    "isIdentityAnswer" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "RequestMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RightsRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "messageId" TEXT,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Attachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RightsRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "RequestMessage" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestRecordLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "matchScore" INTEGER NOT NULL,
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" DATETIME NOT NULL,
    CONSTRAINT "RequestRecordLink_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RightsRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecipientNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "recipientName" TEXT NOT NULL,
    "notifiedAt" DATETIME NOT NULL,
    "method" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    CONSTRAINT "RecipientNotice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RightsRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Export" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL DEFAULT 0,
    "sha256" TEXT,
    "manifest" TEXT,
    "createdAt" DATETIME NOT NULL,
    "releasedAt" DATETIME,
    "expiresAt" DATETIME,
    "deletedAt" DATETIME,
    "downloadCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Export_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RightsRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExportChunk" (
    "exportId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BLOB NOT NULL,
    PRIMARY KEY ("exportId", "seq"),
    CONSTRAINT "ExportChunk_exportId_fkey" FOREIGN KEY ("exportId") REFERENCES "Export" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "totpSecret" TEXT,
    "totpEnabledAt" DATETIME,
    "recoveryCodes" TEXT NOT NULL DEFAULT '[]',
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionsValidFrom" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "seq" INTEGER NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "requestId" TEXT,
    "recordType" TEXT,
    "recordId" TEXT,
    "details" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "template" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "requestId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lockedUntil" DATETIME,
    "lockedBy" TEXT,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "providerId" TEXT,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LocalMail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "requestId" TEXT,
    "kind" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "outboxMessageId" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Reminder_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RightsRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegisterReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registerId" TEXT NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "reviewedById" TEXT,
    "notes" TEXT
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "isDryRun" BOOLEAN NOT NULL,
    "deletedCount" INTEGER NOT NULL DEFAULT 0,
    "summary" TEXT,
    "lockedBy" TEXT
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateIndex
CREATE INDEX "Customer_email_idx" ON "Customer"("email");

-- CreateIndex
CREATE INDEX "Customer_phone_idx" ON "Customer"("phone");

-- CreateIndex
CREATE INDEX "Customer_lastName_firstName_idx" ON "Customer"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Customer_relationshipEndedOn_idx" ON "Customer"("relationshipEndedOn");

-- CreateIndex
CREATE INDEX "ServiceOrder_customerId_idx" ON "ServiceOrder"("customerId");

-- CreateIndex
CREATE INDEX "ServiceOrderChange_orderId_idx" ON "ServiceOrderChange"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE INDEX "Invoice_customerId_issuedOn_idx" ON "Invoice"("customerId", "issuedOn");

-- CreateIndex
CREATE INDEX "Invoice_financialYearEnd_idx" ON "Invoice"("financialYearEnd");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_invoiceId_lineNo_key" ON "InvoiceLine"("invoiceId", "lineNo");

-- CreateIndex
CREATE INDEX "MarketingContact_email_idx" ON "MarketingContact"("email");

-- CreateIndex
CREATE INDEX "MarketingContact_phone_idx" ON "MarketingContact"("phone");

-- CreateIndex
CREATE INDEX "MarketingContact_lastName_firstName_idx" ON "MarketingContact"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "MarketingContact_customerId_idx" ON "MarketingContact"("customerId");

-- CreateIndex
CREATE INDEX "MarketingPermission_channel_decision_idx" ON "MarketingPermission"("channel", "decision");

-- CreateIndex
CREATE UNIQUE INDEX "MarketingPermission_contactId_channel_key" ON "MarketingPermission"("contactId", "channel");

-- CreateIndex
CREATE INDEX "MarketingPermissionEvent_contactId_decidedAt_idx" ON "MarketingPermissionEvent"("contactId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MarketingSuppression_valueHash_key" ON "MarketingSuppression"("valueHash");

-- CreateIndex
CREATE INDEX "Restriction_recordType_recordId_idx" ON "Restriction"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "Restriction_liftedAt_idx" ON "Restriction"("liftedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

-- CreateIndex
CREATE UNIQUE INDEX "LoginChallenge_linkTokenHash_key" ON "LoginChallenge"("linkTokenHash");

-- CreateIndex
CREATE INDEX "LoginChallenge_email_createdAt_idx" ON "LoginChallenge"("email", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RightsRequest_reference_key" ON "RightsRequest"("reference");

-- CreateIndex
CREATE INDEX "RightsRequest_status_dueDate_idx" ON "RightsRequest"("status", "dueDate");

-- CreateIndex
CREATE INDEX "RightsRequest_accountId_createdAt_idx" ON "RightsRequest"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "RightsRequest_assigneeId_status_idx" ON "RightsRequest"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "RightsRequest_type_status_idx" ON "RightsRequest"("type", "status");

-- CreateIndex
CREATE INDEX "RequestSuspension_requestId_idx" ON "RequestSuspension"("requestId");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_createdAt_idx" ON "RequestEvent"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestMessage_requestId_createdAt_idx" ON "RequestMessage"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_requestId_idx" ON "Attachment"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "RequestRecordLink_requestId_recordType_recordId_key" ON "RequestRecordLink"("requestId", "recordType", "recordId");

-- CreateIndex
CREATE INDEX "RecipientNotice_requestId_idx" ON "RecipientNotice"("requestId");

-- CreateIndex
CREATE INDEX "Export_requestId_idx" ON "Export"("requestId");

-- CreateIndex
CREATE INDEX "Export_status_expiresAt_idx" ON "Export"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_hash_key" ON "AuditEntry"("hash");

-- CreateIndex
CREATE INDEX "AuditEntry_requestId_seq_idx" ON "AuditEntry"("requestId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "LocalMail_toAddress_createdAt_idx" ON "LocalMail"("toAddress", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_key_key" ON "Reminder"("key");

-- CreateIndex
CREATE INDEX "Reminder_requestId_idx" ON "Reminder"("requestId");

-- CreateIndex
CREATE INDEX "RegisterReview_registerId_reviewedAt_idx" ON "RegisterReview"("registerId", "reviewedAt");
