-- Reporting (issue #23) counts register actions and packages from the audit
-- trail by action and time; without this index every report would read the
-- whole append-only trail, which only grows.
CREATE INDEX "AuditEntry_action_at_idx" ON "AuditEntry"("action", "at");
