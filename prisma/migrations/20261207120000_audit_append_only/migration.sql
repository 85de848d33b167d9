-- The audit trail is append-only (GDPR Art. 5(2); issue #20): the database
-- itself refuses to change or remove an entry, whoever asks. Removing these
-- triggers needs a schema change, which `dsr audit verify` still catches
-- through the keyed chain and its checkpoints. Retention of audit entries
-- (a future feature) will need a deliberate, audited way around them.
CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'AuditEntry is append-only');
END;

CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'AuditEntry is append-only');
END;
