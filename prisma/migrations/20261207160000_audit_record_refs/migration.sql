-- Which records an audit entry names (issue #20 point 8): the access copy
-- finds a read that showed the person's record among others.
CREATE TABLE "AuditRecordRef" (
    "auditSeq" INTEGER NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,

    PRIMARY KEY ("auditSeq", "recordType", "recordId")
);

CREATE INDEX "AuditRecordRef_recordId_idx" ON "AuditRecordRef"("recordId");

-- Append-only like the entries it indexes.
CREATE TRIGGER "AuditRecordRef_no_update" BEFORE UPDATE ON "AuditRecordRef"
BEGIN
  SELECT RAISE(ABORT, 'AuditRecordRef is append-only');
END;

CREATE TRIGGER "AuditRecordRef_no_delete" BEFORE DELETE ON "AuditRecordRef"
BEGIN
  SELECT RAISE(ABORT, 'AuditRecordRef is append-only');
END;
