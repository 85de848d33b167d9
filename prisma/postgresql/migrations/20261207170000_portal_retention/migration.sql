-- The portal's own records expire (issue #16): a deleted attachment keeps its
-- row without the file, and the retention job finds what is due by date.
ALTER TABLE "Attachment" ADD COLUMN "deletedAt" TIMESTAMP(3);
ALTER TABLE "Attachment" ADD COLUMN "deletedReason" TEXT;

CREATE INDEX "LoginChallenge_expiresAt_idx" ON "LoginChallenge"("expiresAt");
CREATE INDEX "RightsRequest_closedAt_idx" ON "RightsRequest"("closedAt");
CREATE INDEX "OutboxMessage_status_sentAt_idx" ON "OutboxMessage"("status", "sentAt");
CREATE INDEX "LocalMail_createdAt_idx" ON "LocalMail"("createdAt");
