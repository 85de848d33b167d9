import { describe, expect, it } from 'vitest';
import { createThirdPartyMasker, isOrganisationName, normalizePhone } from './third-party-masker';

const M = '[removed]';
const registeredOthers = new Set(['Pekka Virtanen', 'Liisa Korhonen']);

function masker() {
  return createThirdPartyMasker(
    {
      marker: M,
      staff: [
        { name: 'Niina Paasonen', email: 'niina@inope.fi' },
        // Shares the first name of the next one: must not cut her full name in two.
        { name: 'Testi Käsittelijä', email: 'testi.k@inope.fi' },
        { name: 'Testi Toinen', email: 'testi.t@inope.fi' },
      ],
      subjectEmails: ['maija@example.fi'],
      subjectPhones: ['+358 40 123 4567'],
      subjectNames: [{ firstName: 'Maija', lastName: 'Meikäläinen' }],
    },
    (first, last) => Promise.resolve(registeredOthers.has(`${first} ${last}`)),
  );
}

const owner = {
  firstName: 'Maija',
  lastName: 'Meikäläinen',
  company: 'Meikä Design',
  streetAddress: 'Kotikatu 3',
};

describe('third-party masking (GDPR Art. 15(4))', () => {
  it('when a staff member signs a note, their full name, first name and email are masked', async () => {
    const text = 'Sovittu puhelimessa. Terveisin Niina Paasonen (niina@inope.fi). Niina';
    expect(await masker().maskText(text)).toBe(`Sovittu puhelimessa. Terveisin ${M} (${M}). ${M}`);
  });

  it('when two staff members share a first name, each full name is masked as one', async () => {
    expect(await masker().maskText('Siirretty: Testi Toinen, sitten Testi Käsittelijä.')).toBe(
      `Siirretty: ${M}, sitten ${M}.`,
    );
  });

  it('when the text holds the subject’s own email and phone, they stay', async () => {
    const text = 'Yhteys maija@example.fi tai 040 123 4567';
    expect(await masker().maskText(text)).toBe(text);
  });

  it('when the text holds someone else’s email or phone, they are masked', async () => {
    const text = 'Laskut myös osoitteeseen pekka@firma.fi, puh. +358 50 765 4321.';
    expect(await masker().maskText(text)).toBe(`Laskut myös osoitteeseen ${M}, puh. ${M}.`);
  });

  it('when the text names another person in the registers, in either order, the name is masked', async () => {
    const text = 'Yhteyshenkilöksi vaihdettu Pekka Virtanen; aiemmin Korhonen Liisa.';
    expect(await masker().maskText(text)).toBe(`Yhteyshenkilöksi vaihdettu ${M}; aiemmin ${M}.`);
  });

  it('when the text names the subject or capitalised words that are nobody in the registers, they stay', async () => {
    const text = 'Maija Meikäläinen tilasi palvelun Web Hosting Pro.';
    expect(await masker().maskText(text)).toBe(text);
  });

  it('when the text has dates, amounts and invoice numbers, they are not taken for phone numbers', async () => {
    const text = 'Lasku INV-2026-000123 päivätty 2026-03-01, summa 1 250,00 €, viite 1234567.';
    expect(await masker().maskText(text)).toBe(text);
  });

  it('when an invoice is billed to the subject, their company or any organisation, the billing name is shown', () => {
    const m = masker();
    expect(
      m.maskBilling({ billingName: 'Maija Meikäläinen', billingAddress: 'Kotikatu 3' }, owner),
    ).toEqual({ billingName: 'Maija Meikäläinen', billingAddress: 'Kotikatu 3' });
    expect(
      m.maskBilling({ billingName: 'Meikä Design', billingAddress: null }, owner).billingName,
    ).toBe('Meikä Design');
    expect(
      m.maskBilling({ billingName: 'Rakennus Virtanen Oy', billingAddress: 'Tehdaskatu 1' }, owner),
    ).toEqual({ billingName: 'Rakennus Virtanen Oy', billingAddress: 'Tehdaskatu 1' });
  });

  it('when an invoice is billed to another person, the name and a foreign address are masked', () => {
    const m = masker();
    expect(
      m.maskBilling({ billingName: 'Pekka Virtanen', billingAddress: 'Muualla 9' }, owner),
    ).toEqual({
      billingName: M,
      billingAddress: M,
    });
    expect(
      m.maskBilling(
        { billingName: 'Pekka Virtanen', billingAddress: 'Kotikatu 3, 00100 Helsinki' },
        owner,
      ),
    ).toEqual({ billingName: M, billingAddress: 'Kotikatu 3, 00100 Helsinki' });
  });

  it('recognises legal forms as organisations but not ordinary names', () => {
    expect(isOrganisationName('Esimerkki Oy')).toBe(true);
    expect(isOrganisationName('Exempel AB')).toBe(true);
    expect(isOrganisationName('Acme Ltd.')).toBe(true);
    expect(isOrganisationName('Oskari Abrahamsson')).toBe(false);
  });

  it('reads a Finnish trunk zero and an international prefix as the same number', () => {
    expect(normalizePhone('040 123 4567')).toBe(normalizePhone('+358 40 1234567'));
    expect(normalizePhone('00358401234567')).toBe('358401234567');
  });
});
