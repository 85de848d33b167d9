import { MAX_EXPORT_DOWNLOAD_DAYS } from '@oikeus/contracts';
import { describe, expect, it } from 'vitest';
import { settingsFieldPath, settingsFormSchema } from './settings-form-schema';

const schema = settingsFormSchema('days invalid');
const valid = {
  reminderDays: '7, 3, 1',
  remindOnTargetDate: true,
  overdue: 'every_working_day',
  escalateWhenOverdue: false,
  downloadDays: '30',
  inactiveMonths: '24',
  identityDays: '5',
};

function issuePaths(values: Record<string, unknown>): string[] {
  const result = schema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('settings form schema', () => {
  it('when the days are typed with commas and spaces, they become the list the contract takes', () => {
    const result = schema.parse({ ...valid, reminderDays: ' 2, 5 10 ', downloadDays: '14' });
    expect(result.reminderDays).toEqual([2, 5, 10]);
    expect(result.downloadDays).toBe(14);
  });

  it('when the days are left blank, no reminders are sent before the due date', () => {
    expect(schema.parse({ ...valid, reminderDays: '' }).reminderDays).toEqual([]);
  });

  it('when the days are words, the form says how to write them', () => {
    const result = schema.safeParse({ ...valid, reminderDays: 'viisi' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['days invalid']);
  });

  it('when a day is beyond the contract’s limit, the issue is the reminder days field’s', () => {
    expect(issuePaths({ ...valid, reminderDays: '61' })).toEqual(['reminderDays.0']);
  });

  it('when the download days are outside 1…max, the contract’s limits catch it', () => {
    expect(issuePaths({ ...valid, downloadDays: '0' })).toEqual(['downloadDays']);
    expect(issuePaths({ ...valid, downloadDays: String(MAX_EXPORT_DOWNLOAD_DAYS + 1) })).toEqual([
      'downloadDays',
    ]);
    expect(issuePaths({ ...valid, downloadDays: String(MAX_EXPORT_DOWNLOAD_DAYS) })).toEqual([]);
  });

  it('when the inactive-customer months are outside the contract’s limits, that field has the issue', () => {
    expect(issuePaths({ ...valid, inactiveMonths: '5' })).toEqual(['inactiveMonths']);
    expect(issuePaths({ ...valid, inactiveMonths: '121' })).toEqual(['inactiveMonths']);
    expect(schema.parse({ ...valid, inactiveMonths: '36' }).inactiveMonths).toBe(36);
  });

  it('when no overdue choice is made, it is asked for rather than defaulted', () => {
    expect(issuePaths({ ...valid, overdue: undefined })).toEqual(['overdue']);
  });
});

describe('settings field path', () => {
  it('puts issues on the contract’s paths and on one typed day next to the form’s fields', () => {
    expect(settingsFieldPath('reminderSchedule.workingDaysBeforeDue')).toBe('reminderDays');
    expect(settingsFieldPath('reminderSchedule.workingDaysBeforeDue.3')).toBe('reminderDays');
    expect(settingsFieldPath('reminderSchedule.overdue')).toBe('overdue');
    expect(settingsFieldPath('reminderSchedule.remindOnTargetDate')).toBe('remindOnTargetDate');
    expect(settingsFieldPath('exportDownloadDays')).toBe('downloadDays');
    expect(settingsFieldPath('inactiveCustomerMonths')).toBe('inactiveMonths');
    expect(settingsFieldPath('reminderDays.0')).toBe('reminderDays');
    expect(settingsFieldPath('downloadDays')).toBe('downloadDays');
    expect(settingsFieldPath('')).toBe('');
  });

  it('when the identity question limit is outside the contract’s range, the issue is that field’s', () => {
    expect(issuePaths({ ...valid, identityDays: '0' })).toEqual(['identityDays']);
    expect(settingsFieldPath('identityQuestionWorkingDays')).toBe('identityDays');
  });
});
