import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvFileName, csvHeader, csvRows, guardFormula } from './write-csv';

describe('CSV files of an export', () => {
  it('names each file after its record type in kebab case', () => {
    expect(csvFileName('serviceOrderChanges')).toBe('service-order-changes.csv');
    expect(csvFileName('customers')).toBe('customers.csv');
  });

  it('starts with a UTF-8 byte order mark and a header row of the data.json field names', () => {
    const header = csvHeader('invoiceLines');
    expect(header.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe(
      '\uFEFFid,invoiceId,lineNo,description,quantity,unitPriceCents,vatRateBp,netCents\r\n',
    );
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, so the text reads back unchanged', () => {
    const row = {
      id: 'a',
      invoiceId: 'b',
      lineNo: 1,
      description: 'Ylläpito "perus", rivi 1\nrivi 2',
      quantity: 2,
      unitPriceCents: -500,
      vatRateBp: 2550,
      netCents: -1000,
    };
    const text = csvHeader('invoiceLines') + csvRows('invoiceLines', [row]);
    expect(text).toContain('"Ylläpito ""perus"", rivi 1\nrivi 2"');
    expect(parse(text, { bom: true, columns: true })).toEqual([
      {
        ...row,
        lineNo: '1',
        quantity: '2',
        unitPriceCents: '-500',
        vatRateBp: '2550',
        netCents: '-1000',
      },
    ]);
  });

  it('when a text would run as a spreadsheet formula, it gets a leading apostrophe', () => {
    expect(guardFormula('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('+cmd|calc')).toBe("'+cmd|calc");
    expect(guardFormula('-2+3')).toBe("'-2+3");
  });

  it('when a text is a phone number or a signed amount, it is left as it is', () => {
    expect(guardFormula('+358 40 123 4567')).toBe('+358 40 123 4567');
    expect(guardFormula('-12,50')).toBe('-12,50');
    expect(guardFormula('Maija')).toBe('Maija');
  });
});
