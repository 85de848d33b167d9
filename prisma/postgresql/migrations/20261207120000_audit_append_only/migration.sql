-- The audit trail is append-only (GDPR Art. 5(2); issue #20): the database
-- itself refuses to change or remove an entry, whoever asks, including the
-- application's own role. Removing these triggers needs a schema change (the
-- table owner or a superuser), which `dsr audit verify` still catches through
-- the keyed chain and its checkpoints. Retention of audit entries (a future
-- feature) will need a deliberate, audited way around them.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEntry_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEntry"
FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();

CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
