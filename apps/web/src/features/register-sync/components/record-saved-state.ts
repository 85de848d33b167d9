// What the add, edit and permission pages hand the record page in history
// state, so it can say what was saved (and warn when the record is restricted).

export interface RecordSavedState {
  saved: 'created' | 'updated' | 'unchanged' | 'permission';
  /** The record is under an Art. 18 restriction: stored, but it stays restricted. */
  isRestricted: boolean;
}

const outcomes: ReadonlyArray<RecordSavedState['saved']> = [
  'created',
  'updated',
  'unchanged',
  'permission',
];

export function readRecordSavedState(state: unknown): RecordSavedState | null {
  if (typeof state !== 'object' || state === null) return null;
  const value = state as Record<string, unknown>;
  const saved = outcomes.find((outcome) => outcome === value.saved);
  if (!saved) return null;
  return { saved, isRestricted: value.isRestricted === true };
}
