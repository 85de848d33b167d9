-- Which records an audit entry names (issue #20 point 8): the access copy
-- finds a read that showed the person's record among others.
CREATE TABLE "AuditRecordRef" (
    "auditSeq" INTEGER NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,

    CONSTRAINT "AuditRecordRef_pkey" PRIMARY KEY ("auditSeq", "recordType", "recordId")
);

CREATE INDEX "AuditRecordRef_recordId_idx" ON "AuditRecordRef"("recordId");

-- Append-only like the entries it indexes.
CREATE TRIGGER "AuditRecordRef_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditRecordRef"
FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();

CREATE TRIGGER "AuditRecordRef_no_truncate" BEFORE TRUNCATE ON "AuditRecordRef"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
