import type { Locale } from '@oikeus/contracts';

/**
 * The right to complain to the supervisory authority (GDPR Art. 77) and to an
 * effective judicial remedy (Art. 79), which a refusal must mention
 * (Art. 12(4)). Authority details from LEGAL.md "Finland".
 */
export const complaintRoute: Record<Locale, { authority: string[]; court: string; short: string }> =
  {
    fi: {
      authority: [
        'Voit tehdä valituksen valvontaviranomaiselle. Suomessa se on Tietosuojavaltuutetun toimisto: tietosuoja.fi, tietosuoja@om.fi, PL 800, 00531 Helsinki, puhelin 029 566 6700.',
        'Voit tehdä valituksen myös sen jäsenvaltion valvontaviranomaiselle, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut (EU:n yleisen tietosuoja-asetuksen 77 artiklan 1 kohta).',
      ],
      court:
        'Voit lisäksi viedä asian tuomioistuimen ratkaistavaksi (EU:n yleisen tietosuoja-asetuksen 79 artikla).',
      short:
        'Jos olet tyytymätön tapaan, jolla käsittelimme pyyntösi, voit tehdä valituksen Tietosuojavaltuutetun toimistoon (tietosuoja.fi).',
    },
    sv: {
      authority: [
        'Du kan lämna in klagomål till tillsynsmyndigheten. I Finland är det Dataombudsmannens byrå: tietosuoja.fi/sv, tietosuoja@om.fi, PB 800, 00531 Helsingfors, telefon 029 566 6700.',
        'Du kan också lämna in klagomål till tillsynsmyndigheten i den medlemsstat där du bor eller arbetar eller där den påstådda överträdelsen har skett (artikel 77.1 i EU:s allmänna dataskyddsförordning).',
      ],
      court:
        'Du kan också föra ärendet till domstol (artikel 79 i EU:s allmänna dataskyddsförordning).',
      short:
        'Om du inte är nöjd med hur vi har behandlat din begäran kan du lämna in klagomål till Dataombudsmannens byrå (tietosuoja.fi/sv).',
    },
    en: {
      authority: [
        'You can lodge a complaint with the supervisory authority. In Finland this is the Office of the Data Protection Ombudsman: tietosuoja.fi/en, tietosuoja@om.fi, P.O. Box 800, 00531 Helsinki, telephone +358 29 566 6700.',
        'You can also lodge it with the supervisory authority of the member state where you live or work or where the alleged infringement took place (Article 77(1) of the EU General Data Protection Regulation).',
      ],
      court:
        'You can also take the matter to a court (Article 79 of the EU General Data Protection Regulation).',
      short:
        'If you are not satisfied with how we handled your request, you can lodge a complaint with the Office of the Data Protection Ombudsman (tietosuoja.fi/en).',
    },
  };
