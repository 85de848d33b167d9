import { describe, expect, it } from 'vitest';
import { normalisePhone, scoreRegisterMatch, type MatchableRecord } from './score-register-match';

const record: MatchableRecord = {
  firstName: 'Maija',
  lastName: 'Meikäläinen',
  company: 'Esimerkki Oy',
  email: 'maija.meikalainen@esimerkki.fi',
  phone: '040 123 4567',
  streetAddress: 'Mannerheimintie 1 A 2',
  postalCode: '00100',
};

describe('scoreRegisterMatch', () => {
  it('when the email matches exactly, whatever its case, the score is 100', () => {
    expect(scoreRegisterMatch({ email: ' Maija.Meikalainen@Esimerkki.FI ' }, record)).toEqual({
      score: 100,
      reasons: ['email'],
    });
  });

  it('when only the phone matches in another format, the score is 80', () => {
    expect(scoreRegisterMatch({ phone: '+358 40 1234567' }, record)).toEqual({
      score: 80,
      reasons: ['phone'],
    });
  });

  it('when name and company both match, the score is 60, and name alone 40', () => {
    expect(
      scoreRegisterMatch({ name: 'meikäläinen maija', company: 'Esimerkki' }, record).score,
    ).toBe(60);
    expect(scoreRegisterMatch({ name: 'Maija Meikäläinen' }, record)).toEqual({
      score: 40,
      reasons: ['name'],
    });
  });

  it('when the given name lacks the surname, it is not a name match', () => {
    expect(scoreRegisterMatch({ name: 'Maija Virtanen' }, record).score).toBe(0);
  });

  it('when the address names the street and the same postal code, the score is 30', () => {
    expect(
      scoreRegisterMatch({ address: 'Mannerheimintie 1 A 2, 00100 Helsinki' }, record).score,
    ).toBe(30);
    expect(
      scoreRegisterMatch({ address: 'Mannerheimintie 1 A 2, 00200 Helsinki' }, record).score,
    ).toBe(0);
  });

  it('when phone, name and address match, the best signal gets 5 for each further one', () => {
    const result = scoreRegisterMatch(
      { phone: '0401234567', name: 'Maija Meikäläinen', address: 'Mannerheimintie 1 A 2' },
      record,
    );
    expect(result).toEqual({ score: 90, reasons: ['phone', 'name', 'address'] });
  });

  it('when every signal matches, the score is capped at 100', () => {
    const result = scoreRegisterMatch(
      {
        email: record.email ?? '',
        phone: '040 1234567',
        name: 'Maija Meikäläinen',
        company: 'Esimerkki Oy',
      },
      record,
    );
    expect(result.score).toBe(100);
  });
});

describe('normalisePhone', () => {
  it('when a Finnish number is written nationally, internationally or with 00, it is the same number', () => {
    expect(normalisePhone('040 123 4567')).toBe('+358401234567');
    expect(normalisePhone('+358 40 123 4567')).toBe('+358401234567');
    expect(normalisePhone('00358-40-1234567')).toBe('+358401234567');
  });
});
