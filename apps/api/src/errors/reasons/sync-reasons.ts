import type { SyncRefusalReason } from '@oikeus/contracts';
import type { ReasonTexts } from './reason-texts';

/** What the sync API (the controller's own systems) is told about its request itself. */
export const syncRequestReasons = {
  'sync.idempotencyKeyInvalid': {
    fi: 'Idempotency-Key: 1–200 näkyvää ASCII-merkkiä',
    sv: 'Idempotency-Key: 1–200 synliga ASCII-tecken',
    en: 'Idempotency-Key: 1–200 visible ASCII characters',
  },
} as const satisfies Record<string, ReasonTexts>;

/**
 * Why a record was refused at the door (contracts' SyncRefusalReason, one key
 * each as `syncRefusal.<reason>`): in sync results and in the 409 of a single write.
 */
export const syncReasons = {
  'syncRefusal.suppressed': {
    fi: 'Osoite tai puhelinnumero on markkinoinnin estolistalla (poisto tai vastustus); markkinointilupaa ei voi tallentaa.',
    sv: 'Adressen eller telefonnumret finns på spärrlistan för marknadsföring (radering eller invändning); tillstånd kan inte sparas.',
    en: 'The address or phone number is on the marketing suppression list (erasure or objection); a permission cannot be recorded.',
  },
  'syncRefusal.erased': {
    fi: 'Tietue on poistettu henkilön pyynnöstä; sitä ei luoda uudelleen ilman lakisääteisen velvoitteen merkintää (legalObligation).',
    sv: 'Posten har raderats på personens begäran; den skapas inte på nytt utan markering om rättslig förpliktelse (legalObligation).',
    en: 'The record was erased at the person’s request; it is not recreated without a legal-obligation flag (legalObligation).',
  },
  'syncRefusal.reference_missing': {
    fi: 'Tietue, johon tämä viittaa (asiakas, tilaus tai yhteystieto), puuttuu rekisteristä.',
    sv: 'Posten som detta hänvisar till (kund, beställning eller kontakt) finns inte i registret.',
    en: 'The record this refers to (customer, order or contact) is not in the register.',
  },
  'syncRefusal.has_vouchers': {
    fi: 'Asiakkaalla on kirjanpitotositteita, joita on säilytettävä (kirjanpitolaki 2:10); asiakasta ei poisteta.',
    sv: 'Kunden har bokföringsverifikat som ska bevaras (bokföringslagen 2:10); kunden raderas inte.',
    en: 'The customer has accounting vouchers that must be kept (Accounting Act 2:10); the customer is not deleted.',
  },
  'syncRefusal.history_kept': {
    fi: 'Lupahistoriaa ei poisteta; lähetä uusi kielto tai lupa.',
    sv: 'Tillståndshistoriken raderas inte; skicka ett nytt förbud eller tillstånd.',
    en: 'Permission history is not deleted; send a new prohibition or permission instead.',
  },
  'syncRefusal.restricted': {
    fi: 'Tietueen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 artikla); sitä ei poisteta.',
    sv: 'Behandlingen av posten är begränsad (artikel 18 i dataskyddsförordningen); den raderas inte.',
    en: 'Processing of the record is restricted (GDPR Art. 18); it is not deleted.',
  },
  'syncRefusal.duplicate_number': {
    fi: 'Toisella laskulla on jo sama laskunumero.',
    sv: 'En annan faktura har redan samma fakturanummer.',
    en: 'Another invoice already has this invoice number.',
  },
} as const satisfies Record<`syncRefusal.${SyncRefusalReason}`, ReasonTexts>;
