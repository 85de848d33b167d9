import { describe, expect, it } from 'vitest';
import { auditEntrySchema } from '../console/audit';
import { subjectRequestEventSchema } from '../portal/requests';
import { auditActionViewSchema, requestEventTypeViewSchema } from './index';

const readRequestEventType = (stored: string) => requestEventTypeViewSchema.parse(stored);
const readAuditAction = (stored: string) => auditActionViewSchema.parse(stored);

describe('reading the vocabulary in a response', () => {
  it('keeps a type that is in the vocabulary as it is', () => {
    expect(readRequestEventType('erasure_applied')).toBe('erasure_applied');
    expect(readAuditAction('register.erased')).toBe('register.erased');
  });

  it('when an answer carries a name the vocabulary does not have, it reads as unrecognised instead of failing', () => {
    expect(readRequestEventType('erased')).toBe('unrecognised');
    expect(readAuditAction('request.created')).toBe('unrecognised');
  });

  it('when the web parses an answer with an unknown event type or action, the rest of the answer still parses', () => {
    const event = subjectRequestEventSchema.parse({
      id: '00000000-0000-4000-8000-000000000001',
      type: 'export_ready',
      actorType: 'system',
      data: null,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(event.type).toBe('unrecognised');
    const entry = auditEntrySchema.parse({
      seq: 1,
      at: '2026-03-01T09:00:00.000Z',
      actorType: 'system',
      actorId: null,
      actorName: null,
      action: 'something.old',
      requestId: null,
      requestReference: null,
      recordType: null,
      recordId: null,
      details: null,
      hash: 'abc',
    });
    expect(entry.action).toBe('unrecognised');
  });
});
