import { describe, expect, it } from 'vitest';
import { evaluateRetention } from '../retention';
import { buildPrivacyNotice } from './build-privacy-notice';
import { parseRegisterDescription } from './parse-register-description';
import { readShippedRegisterDescription } from './shipped-register-description.fixture';

// The controller's settings of the portal's own periods (the API reads them from the environment).
const portalRetention = { requestYears: 3, mailBodyDays: 30, auditYears: 5 };

describe('the shipped config/register-description.yaml', () => {
  const description = parseRegisterDescription(readShippedRegisterDescription());

  it('when validated, it passes and names Inope Oy as controller with its contact person', () => {
    expect(description.controller).toEqual({
      name: 'Inope Oy',
      businessId: '3375420-4',
      address: { lines: ['Kinospolku 1'], postalCode: '13500', city: 'Hämeenlinna', country: 'FI' },
    });
    expect(description.contactPerson).toEqual({
      name: 'Niina Paasonen',
      email: 'niina@inope.fi',
      phone: '050 328 8319',
    });
    expect(description.drawnUpOn).toBe('2023-07-05');
    expect(description.lastChangedOn).toBe('2023-07-23');
  });

  it('when read, it describes exactly the customer register and the marketing register', () => {
    expect(description.registers.map((register) => register.id)).toEqual(['customer', 'marketing']);
    expect(description.registers.map((register) => register.name.fi)).toEqual([
      'Asiakasrekisteri',
      'Markkinointi- ja viestintärekisteri',
    ]);
  });

  it('when read, the purposes rest on consent, contract, legitimate interest and, for accounting, legal obligation', () => {
    const bases = new Set(
      description.registers.flatMap((register) =>
        register.purposes.map((purpose) => purpose.legalBasis),
      ),
    );
    expect([...bases].sort()).toEqual([
      'consent_6_1_a',
      'contract_6_1_b',
      'legal_obligation_6_1_c',
      'legitimate_interest_6_1_f',
    ]);
  });

  it('when read, the retention rules are five years for customers, six for vouchers and three for marketing contacts, reviewed every two years', () => {
    const rules = description.registers.flatMap((register) => register.retention);
    expect(
      rules.map(({ id, appliesTo, rule, years, legalBasis }) => ({
        id,
        appliesTo,
        rule,
        years,
        legalBasis,
      })),
    ).toEqual([
      {
        id: 'customer_data',
        appliesTo: 'customer',
        rule: 'years_after_relationship_end',
        years: 5,
        legalBasis: undefined,
      },
      {
        id: 'accounting_vouchers',
        appliesTo: 'invoice',
        rule: 'years_after_end_of_year_of_financial_year_end',
        years: 6,
        legalBasis: 'Kirjanpitolaki 1336/1997 2:10',
      },
      {
        id: 'marketing_contact',
        appliesTo: 'marketing_contact',
        // The notice has no three-year rule of its own (issue #16): a customer's
        // contact goes with the customer, five years after the relationship.
        rule: 'years_after_customer_relationship_end',
        years: 5,
        legalBasis: undefined,
      },
    ]);
    expect(description.retentionReview.intervalYears).toBe(2);
  });

  it('when its rules drive the retention engine, a voucher outlives its customer', () => {
    const rules = description.registers.flatMap((register) => register.retention);
    const decisions = evaluateRetention({
      rules,
      records: {
        customers: [
          {
            id: 'c1',
            relationshipEndedOn: '2020-06-30',
            hasActiveRestriction: false,
            restrictionRequiresKeeping: false,
          },
        ],
        invoices: [{ id: 'i1', customerId: 'c1', financialYearEnd: '2020-12-31' }],
      },
      today: '2026-01-15',
    });
    expect(
      decisions.map(({ recordId, action, deleteOn }) => ({ recordId, action, deleteOn })),
    ).toEqual([
      { recordId: 'c1', action: 'delete', deleteOn: '2025-07-01' },
      { recordId: 'i1', action: 'keep', deleteOn: '2027-01-01' },
    ]);
  });

  it('when read, it names the Finnish supervisory authority with its addresses and contact details', () => {
    expect(description.supervisoryAuthority).toMatchObject({
      name: {
        fi: 'Tietosuojavaltuutetun toimisto',
        sv: 'Dataombudsmannens byrå',
        en: 'Office of the Data Protection Ombudsman',
      },
      visitingAddress: { lines: ['Lintulahdenkuja 4'], postalCode: '00530', city: 'Helsinki' },
      postalAddress: { lines: ['PL 800'], postalCode: '00531', city: 'Helsinki' },
      email: 'tietosuoja@om.fi',
      phone: '029 566 6700',
      website: 'https://tietosuoja.fi',
    });
  });

  it('when read, it states that there is no automated decision-making or profiling and names no transfer safeguard the notice does not state', () => {
    expect(description.automatedDecisionMaking).toMatchObject({
      isUsed: false,
      isProfilingUsed: false,
    });
    for (const register of description.registers) {
      // Inope Oy's notice does not say which safeguard its transfers rest on (issue #17).
      expect(register.transfers.map((transfer) => transfer.safeguard)).toEqual([undefined]);
      expect(register.sources.map((source) => source.id)).toEqual([
        'web_form',
        'email',
        'phone',
        'social_media',
        'contract',
        'meeting',
        'public_source',
      ]);
    }
  });

  it.each(['fi', 'sv', 'en'])(
    'when rendered in %s, every section has a heading and content',
    (locale) => {
      const notice = buildPrivacyNotice(description, locale, portalRetention);
      expect(notice.sections).toHaveLength(14);
      for (const section of notice.sections) {
        expect(section.heading).not.toBe('');
        expect(section.blocks.length + section.subsections.length).toBeGreaterThan(0);
      }
    },
  );

  it('when rendered, it makes no statement Inope Oy’s notice does not make and names the authority in each language', () => {
    const text = (locale: 'fi' | 'sv' | 'en') =>
      JSON.stringify(buildPrivacyNotice(description, locale, portalRetention));
    const fi = text('fi');
    const sv = text('sv');
    const en = text('en');
    // Cookie consent is not a browser setting (C-673/17 Planet49); no cookie-based targeting.
    expect(en).not.toMatch(/browser settings|target and refine/);
    expect(fi).not.toMatch(/selaimesi asetuksista|kohdennamme/);
    expect(sv).not.toMatch(/webbläsarens inställningar|riktar/);
    expect(en).not.toContain('standard contractual clauses');
    // Art. 77(1): member state of residence, work or the alleged infringement.
    expect(fi).toContain('jäsenvaltion valvontaviranomaisen');
    expect(fi).toContain('väitetty rikkominen');
    expect(sv).toContain('medlemsstat');
    expect(en).toContain('where the alleged infringement took place');
    expect(fi).not.toContain('EU-maan');
    expect(sv).not.toContain('EU-land');
    // The Swedish forms of the authority's address and site.
    expect(sv).toContain('Fågelviksgränden 4, 00530 Helsingfors');
    expect(sv).toContain('PB 800, 00531 Helsingfors');
    expect(sv).toContain('https://tietosuoja.fi/sv');
    expect(fi).toContain('PL 800, 00531 Helsinki');
    // Word order and numbers in running text.
    expect(sv).toContain('förvaras bara');
    expect(sv).not.toContain('bara förvaras');
    expect(fi).toContain('kahden vuoden välein');
    // The Accounting Act is named in each language.
    expect(sv).toContain('Bokföringslagen (1336/1997) 2 kap. 10 §');
    expect(en).toContain('Finnish Accounting Act (1336/1997), chapter 2, section 10');
  });
});
