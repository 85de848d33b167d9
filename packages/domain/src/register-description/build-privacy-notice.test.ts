import { describe, expect, it } from 'vitest';
import { buildPrivacyNotice, type PrivacyNoticeBlock } from './build-privacy-notice';
import { parseRegisterDescription } from './parse-register-description';
import type { RegisterDescription } from './register-description-schema';
import { readShippedRegisterDescription } from './shipped-register-description.fixture';

// The controller's settings of the portal's own periods (the API reads them from the environment).
const portalRetention = { requestYears: 3, mailBodyDays: 30, auditYears: 5 };

function shippedDescription(): RegisterDescription {
  return parseRegisterDescription(readShippedRegisterDescription());
}

function sectionOf(notice: ReturnType<typeof buildPrivacyNotice>, id: string) {
  const found = notice.sections.find((section) => section.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe('buildPrivacyNotice', () => {
  it('when built, its sections follow the order of the notice', () => {
    const notice = buildPrivacyNotice(shippedDescription(), 'en', portalRetention);
    expect(notice.sections.map((section) => section.id)).toEqual([
      'controller',
      'contact_person',
      'registers',
      'purposes',
      'data_content',
      'retention',
      'recipients',
      'sources',
      'transfers',
      'security',
      'rights',
      'complaint',
      'automated_decisions',
      'cookies',
    ]);
  });

  it('when built in Swedish, headings, register names and dates are Swedish', () => {
    const notice = buildPrivacyNotice(shippedDescription(), 'sv', portalRetention);
    expect(notice.locale).toBe('sv');
    expect(notice.title).toBe('Inope Oy:s dataskyddsbeskrivning');
    expect(notice.introduction[1]).toEqual({
      type: 'fields',
      fields: [
        { label: 'Upprättad', value: '5 juli 2023' },
        { label: 'Senast ändrad', value: '23 juli 2023' },
      ],
    });
    const registers = sectionOf(notice, 'registers');
    expect(registers.heading).toBe('Register');
    expect(registers.subsections.map((subsection) => subsection.heading)).toEqual([
      'Kundregister',
      'Marknadsförings- och kommunikationsregister',
      'Hantering av dataskyddsbegäranden i den här portalen',
    ]);
  });

  it('when the locale is not supported, the notice is in Finnish', () => {
    const notice = buildPrivacyNotice(shippedDescription(), 'de-DE', portalRetention);
    expect(notice.locale).toBe('fi');
    expect(sectionOf(notice, 'controller').heading).toBe('Rekisterinpitäjä');
  });

  it('when built, the controller and contact person come with clickable contact details', () => {
    const notice = buildPrivacyNotice(shippedDescription(), 'fi', portalRetention);
    expect(sectionOf(notice, 'controller').blocks[0]).toEqual({
      type: 'fields',
      fields: [
        { label: 'Nimi', value: 'Inope Oy' },
        { label: 'Y-tunnus', value: '3375420-4' },
        { label: 'Osoite', value: 'Kinospolku 1, 13500 Hämeenlinna, Suomi' },
      ],
    });
    expect(sectionOf(notice, 'contact_person').blocks[0]).toEqual({
      type: 'fields',
      fields: [
        { label: 'Nimi', value: 'Niina Paasonen' },
        { label: 'Sähköposti', value: 'niina@inope.fi', href: 'mailto:niina@inope.fi' },
        { label: 'Puhelin', value: '050 328 8319', href: 'tel:0503288319' },
      ],
    });
  });

  it('when built, every purpose is shown with its legal basis (Art. 15(1)(a))', () => {
    const purposes = sectionOf(
      buildPrivacyNotice(shippedDescription(), 'en', portalRetention),
      'purposes',
    );
    const customerPurposes = purposes.subsections[0]!.blocks[0] as Extract<
      PrivacyNoticeBlock,
      { type: 'definitions' }
    >;
    expect(customerPurposes.items.at(-1)).toEqual({
      term: 'Bookkeeping, and keeping accounting records for as long as the Accounting Act requires.',
      details: [
        'Compliance with a legal obligation (Article 6(1)(c) of the EU General Data Protection Regulation)',
      ],
    });
  });

  it('when built, the retention section states each rule, its legal source and the last review', () => {
    const retention = sectionOf(
      buildPrivacyNotice(shippedDescription(), 'en', portalRetention),
      'retention',
    );
    expect(retention.blocks[1]).toEqual({
      type: 'paragraph',
      text: 'Whether the data still needs to be kept is reviewed every two years.',
    });
    const [rules, reviewed] = retention.subsections[0]!.blocks;
    expect(rules).toMatchObject({
      type: 'definitions',
      items: [
        { term: 'Customer data: 5 years after the customer relationship ends' },
        {
          term: 'Accounting vouchers: 6 years from the end of the year in which the financial year ended',
          details: [
            expect.stringContaining('Accounting Act'),
            'Basis: Finnish Accounting Act (1336/1997), chapter 2, section 10',
          ],
        },
      ],
    });
    expect(reviewed).toEqual({
      type: 'fields',
      fields: [{ label: 'Need to keep data last reviewed', value: '23 July 2023' }],
    });
  });

  it('when built, the portal’s own processing has its purpose, basis, data and periods with the controller’s settings (Art. 13(1)(c), 13(2)(a))', () => {
    const notice = buildPrivacyNotice(shippedDescription(), 'fi', {
      requestYears: 4,
      mailBodyDays: 14,
      auditYears: 6,
    });
    const portalOf = (id: string) =>
      sectionOf(notice, id).subsections.find((subsection) => subsection.id === 'portal');
    expect(portalOf('registers')?.heading).toBe('Tietosuojapyyntöjen käsittely tässä portaalissa');
    expect(portalOf('purposes')?.blocks[0]).toMatchObject({
      type: 'definitions',
      items: [
        {
          term: expect.stringContaining('5 artiklan 2 kohta'),
          details: [
            'Lakisääteisen velvoitteen noudattaminen (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta)',
          ],
        },
      ],
    });
    expect(JSON.stringify(portalOf('data_content'))).toContain('Käsittelyloki');
    const terms = (
      portalOf('retention')?.blocks[0] as Extract<PrivacyNoticeBlock, { type: 'definitions' }>
    ).items.map((item) => item.term);
    expect(terms).toEqual([
      'Pyynnöt ja niitä koskeva viestintä: 4 vuotta pyynnön sulkemisesta',
      'Liitteet: kunnes henkilöllisyytesi on todettu, enintään pyynnön sulkemiseen asti',
      'Käyttäjätili: 4 vuotta viimeisestä kirjautumisesta, kun pyyntöjä ei enää ole',
      'Kirjautumiskoodit: vuorokausi koodin vanhenemisen jälkeen',
      'Lähetettyjen sähköpostien sisältö: 14 päivää lähettämisestä',
      'Käsittelyloki: 6 vuotta merkinnästä',
    ]);
    // The trail is append-only: the notice must not claim the portal deletes it.
    expect(JSON.stringify(portalOf('retention'))).toContain(
      'Menettelyä ei ole vielä otettu käyttöön, joten toistaiseksi merkinnät säilyvät.',
    );
  });

  it('when a register has no transfers or recipients, the notice says so instead of leaving a gap', () => {
    const description = shippedDescription();
    description.registers[1] = { ...description.registers[1]!, transfers: [], recipients: [] };
    const notice = buildPrivacyNotice(description, 'en', portalRetention);

    expect(sectionOf(notice, 'transfers').subsections[1]!.blocks).toEqual([
      {
        type: 'paragraph',
        text: 'Data in this register is not transferred outside the EU or EEA.',
      },
    ]);
    expect(sectionOf(notice, 'recipients').subsections[1]!.blocks).toEqual([
      { type: 'paragraph', text: 'Data in this register is not disclosed to outside parties.' },
    ]);
    expect(sectionOf(notice, 'transfers').subsections[0]!.blocks[0]).toMatchObject({
      type: 'definitions',
      items: [
        {
          term: 'Hosting and IT subcontractors – Countries outside the EU/EEA',
          // Inope Oy's notice names no safeguard, so none is printed (issue #17).
          details: [expect.stringContaining('adequate safeguards')],
        },
      ],
    });
  });

  it('when built, all eight rights are listed with their articles, and the complaint section names the authority', () => {
    const notice = buildPrivacyNotice(shippedDescription(), 'fi', portalRetention);
    const rights = sectionOf(notice, 'rights').blocks[1] as Extract<
      PrivacyNoticeBlock,
      { type: 'definitions' }
    >;
    expect(rights.items.map((item) => item.term)).toEqual([
      'Oikeus saada pääsy tietoihin (15 artikla)',
      'Oikeus tietojen oikaisemiseen (16 artikla)',
      'Oikeus tietojen poistamiseen (17 artikla)',
      'Oikeus käsittelyn rajoittamiseen (18 artikla)',
      'Vastustamisoikeus (21 artikla)',
      'Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla)',
      'Oikeus peruuttaa suostumus (7 artiklan 3 kohta)',
      'Oikeus tehdä valitus valvontaviranomaiselle (77 artikla)',
    ]);
    expect(sectionOf(notice, 'complaint').blocks[1]).toEqual({
      type: 'fields',
      fields: [
        { label: 'Nimi', value: 'Tietosuojavaltuutetun toimisto' },
        { label: 'Käyntiosoite', value: 'Lintulahdenkuja 4, 00530 Helsinki, Suomi' },
        { label: 'Postiosoite', value: 'PL 800, 00531 Helsinki, Suomi' },
        { label: 'Sähköposti', value: 'tietosuoja@om.fi', href: 'mailto:tietosuoja@om.fi' },
        { label: 'Puhelin', value: '029 566 6700', href: 'tel:0295666700' },
        { label: 'Verkkosivusto', value: 'https://tietosuoja.fi', href: 'https://tietosuoja.fi' },
      ],
    });
  });

  it('when the controller configures its own email, phone and website, they appear as links', () => {
    const description = shippedDescription();
    description.controller = {
      ...description.controller,
      email: 'info@example.fi',
      phone: '+358 40 123 4567',
      website: 'https://example.fi',
    };
    const controller = sectionOf(
      buildPrivacyNotice(description, 'en', portalRetention),
      'controller',
    );
    expect(controller.blocks[0]).toMatchObject({
      fields: [
        { label: 'Name' },
        { label: 'Business ID' },
        { label: 'Address', value: 'Kinospolku 1, 13500 Hämeenlinna, Finland' },
        { label: 'Email', href: 'mailto:info@example.fi' },
        { label: 'Phone', href: 'tel:+358401234567' },
        { label: 'Website', href: 'https://example.fi' },
      ],
    });
  });
});
