import { describe, expect, it } from 'vitest';
import {
  RegisterDescriptionError,
  parseRegisterDescription,
  safeParseRegisterDescription,
} from './parse-register-description';
import { readShippedRegisterDescription } from './shipped-register-description.fixture';

// Each test edits its own copy of the shipped description, so one broken
// field at a time shows the message it produces.
type Json = Record<string, unknown> & { registers: Record<string, unknown>[] };
function validInput(): Json {
  return readShippedRegisterDescription() as Json;
}

function issuesOf(input: unknown) {
  const result = safeParseRegisterDescription(input);
  if (result.success) throw new Error('expected the description to be rejected');
  return result.error.issues;
}

function retentionOf(input: Json, registerIndex: number): Record<string, unknown>[] {
  return input.registers[registerIndex]!.retention as Record<string, unknown>[];
}

describe('parseRegisterDescription', () => {
  it('when a retention period is negative, the error names its path and says a positive integer is expected', () => {
    const input = validInput();
    retentionOf(input, 0)[0]!.years = -5;

    expect(() => parseRegisterDescription(input)).toThrow(
      'registers.0.retention.0.years: expected a positive integer',
    );
  });

  it('when the portal’s own processing has no period for sign-in codes, the error says each kind of portal record needs one', () => {
    const input = validInput();
    const portal = input.portalProcessing as { retention: { appliesTo: string }[] };
    portal.retention = portal.retention.filter((rule) => rule.appliesTo !== 'login_challenge');

    expect(issuesOf(input)).toEqual([
      {
        path: 'portalProcessing.retention',
        message:
          'no retention entry for login_challenge; each kind of portal record needs exactly one',
      },
    ]);
  });

  it('when several things are wrong, the thrown error lists each with its path', () => {
    const input = validInput();
    retentionOf(input, 0)[0]!.years = 2.5;
    (input.title as Record<string, unknown>).sv = undefined;
    (input.contactPerson as Record<string, unknown>).email = 'niina at inope.fi';

    let thrown: unknown;
    try {
      parseRegisterDescription(input);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(RegisterDescriptionError);
    const error = thrown as RegisterDescriptionError;
    expect(error.issues).toEqual([
      { path: 'title.sv', message: 'required' },
      { path: 'contactPerson.email', message: 'expected an email address' },
      { path: 'registers.0.retention.0.years', message: 'expected a positive integer' },
    ]);
    expect(error.message).toBe(
      [
        'Invalid register description (3 problems):',
        '- title.sv: required',
        '- contactPerson.email: expected an email address',
        '- registers.0.retention.0.years: expected a positive integer',
      ].join('\n'),
    );
  });

  it('when the input is valid, safeParse succeeds with the typed description', () => {
    const result = safeParseRegisterDescription(validInput());
    expect(result.success).toBe(true);
    expect(result.success && result.data.controller.businessId).toBe('3375420-4');
  });

  it('when the input is not an object at all, the root is named', () => {
    expect(issuesOf('hello')).toEqual([{ path: '(root)', message: 'expected object' }]);
  });

  it('when a translation is blank, it is rejected as empty', () => {
    const input = validInput();
    (input.introduction as Record<string, unknown>).en = '   ';
    expect(issuesOf(input)).toEqual([{ path: 'introduction.en', message: 'must not be empty' }]);
  });

  it('when a field is misspelt, the unknown field is reported instead of silently ignored', () => {
    const input = validInput();
    (input.controller as Record<string, unknown>).bussinessId = 'typo';
    expect(issuesOf(input)).toEqual([
      { path: 'controller', message: 'unknown field "bussinessId"' },
    ]);
  });

  it('when a purpose has an unknown legal basis, the allowed ones are listed', () => {
    const input = validInput();
    (input.registers[1]!.purposes as Record<string, unknown>[])[0]!.legalBasis = 'vital_interest';
    expect(issuesOf(input)).toEqual([
      {
        path: 'registers.1.purposes.0.legalBasis',
        message:
          'expected one of consent_6_1_a, contract_6_1_b, legal_obligation_6_1_c, legitimate_interest_6_1_f',
      },
    ]);
  });

  it('when a source is not one the records use, it is rejected', () => {
    const input = validInput();
    // The shipped file shares one sources list between the registers (a YAML
    // alias), so replace this register's list instead of editing it in place.
    input.registers[0]!.sources = [
      { id: 'carrier_pigeon', label: { fi: 'Kirjekyyhky', sv: 'Brevduva', en: 'Carrier pigeon' } },
    ];
    expect(issuesOf(input)).toEqual([
      {
        path: 'registers.0.sources.0.id',
        message:
          'expected one of web_form, email, phone, social_media, contract, meeting, public_source, portal, letter',
      },
    ]);
  });

  it('when a retention rule kind does not match the record type, the mismatch is explained', () => {
    const input = validInput();
    retentionOf(input, 0)[0]!.appliesTo = 'invoice';
    expect(issuesOf(input)).toEqual([
      {
        path: 'registers.0.retention.0.appliesTo',
        message: 'the rule years_after_relationship_end applies to customer records',
      },
    ]);
  });

  it('when a retention rule kind is unknown, the known kinds are listed', () => {
    const input = validInput();
    retentionOf(input, 1)[0]!.rule = 'forever';
    expect(issuesOf(input)).toEqual([
      {
        path: 'registers.1.retention.0.rule',
        message:
          'expected rule to be one of years_after_relationship_end, years_after_end_of_year_of_financial_year_end, years_after_last_activity, years_after_customer_relationship_end',
      },
    ]);
  });

  it('when the marketing register is missing, the error says which register is expected', () => {
    const input = validInput();
    input.registers = [input.registers[0]!];
    expect(issuesOf(input)).toEqual([
      { path: 'registers', message: 'expected a register with id "marketing"' },
      {
        path: 'registers',
        message:
          'no retention rule for marketing_contact records; each record type needs exactly one rule',
      },
    ]);
  });

  it('when a register appears twice, the duplicate id is reported', () => {
    const input = validInput();
    input.registers[1]!.id = 'customer';
    expect(issuesOf(input)).toEqual([
      { path: 'registers.1.id', message: 'duplicate id "customer"' },
      { path: 'registers', message: 'expected a register with id "marketing"' },
    ]);
  });

  it('when no rule covers marketing contacts, the retention job would have nothing to follow, so it is rejected', () => {
    const input = validInput();
    input.registers[1]!.retention = [];
    expect(issuesOf(input)).toEqual([
      { path: 'registers.1.retention', message: 'expected at least one retention rule' },
      {
        path: 'registers',
        message:
          'no retention rule for marketing_contact records; each record type needs exactly one rule',
      },
    ]);

    const moved = validInput();
    moved.registers[1]!.retention = [retentionOf(moved, 0)[0]];
    expect(issuesOf(moved)).toEqual([
      {
        path: 'registers.1.retention.0.id',
        message: 'duplicate rule id "customer_data"',
      },
      {
        path: 'registers.1.retention.0.appliesTo',
        message: 'a second rule for customer records; each record type needs exactly one rule',
      },
      {
        path: 'registers',
        message:
          'no retention rule for marketing_contact records; each record type needs exactly one rule',
      },
    ]);
  });

  it('when a right is left out, the missing right is named', () => {
    const input = validInput();
    const rights = input.rights as { items: { id: string }[] };
    rights.items = rights.items.filter((item) => item.id !== 'portability');
    expect(issuesOf(input)).toEqual([
      { path: 'rights.items', message: 'expected the right "portability" to be described' },
    ]);
  });

  it('when a date does not exist, it is rejected with the expected format', () => {
    const input = validInput();
    input.registers[0]!.lastReviewedOn = '2023-02-29';
    expect(issuesOf(input)).toEqual([
      { path: 'registers.0.lastReviewedOn', message: 'expected a date written YYYY-MM-DD' },
    ]);
  });

  it('when the last change is dated before the notice was drawn up, it is rejected', () => {
    const input = validInput();
    input.lastChangedOn = '2023-07-01';
    expect(issuesOf(input)).toEqual([
      { path: 'lastChangedOn', message: 'must not be before drawnUpOn (2023-07-05)' },
    ]);
  });

  it('when the authority website is not an http(s) address, it is rejected', () => {
    const input = validInput();
    (input.supervisoryAuthority as Record<string, unknown>).website = 'ftp://tietosuoja.fi';
    expect(issuesOf(input)).toEqual([
      { path: 'supervisoryAuthority.website', message: 'expected an http(s) address' },
    ]);
  });
});
