// Word lists for realistic Finnish demo data (names from common Finnish name
// statistics, real place names, invented companies and streets).
export const firstNames = [
  'Aino', 'Eino', 'Helmi', 'Väinö', 'Sofia', 'Leo', 'Olivia', 'Oliver', 'Aada', 'Elias',
  'Emilia', 'Onni', 'Ella', 'Eetu', 'Venla', 'Mikko', 'Anna', 'Juha', 'Maria', 'Timo',
  'Kaisa', 'Jari', 'Tuula', 'Pekka', 'Sari', 'Antti', 'Minna', 'Matti', 'Päivi', 'Ville',
  'Liisa', 'Heikki', 'Riikka', 'Tapio', 'Johanna', 'Kalle', 'Noora', 'Sami', 'Elina', 'Jussi',
];
export const lastNames = [
  'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen',
  'Koskinen', 'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi',
  'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen',
  'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen', 'Paasonen', 'Öhman',
];
export const cities: Array<[city: string, postalPrefix: string, areaCode: string]> = [
  ['Hämeenlinna', '13', '03'], ['Helsinki', '00', '09'], ['Tampere', '33', '03'], ['Turku', '20', '02'],
  ['Espoo', '02', '09'], ['Oulu', '90', '08'], ['Jyväskylä', '40', '014'], ['Lahti', '15', '03'],
  ['Kuopio', '70', '017'], ['Pori', '28', '02'], ['Riihimäki', '11', '019'], ['Forssa', '30', '03'],
];
export const streets = [
  'Kinospolku', 'Raatihuoneenkatu', 'Hämeenkatu', 'Koulukatu', 'Rantatie', 'Kirkkokatu',
  'Puistokatu', 'Myllytie', 'Koivukuja', 'Mäntytie', 'Satamakatu', 'Asemakatu', 'Kauppakatu',
];
export const companySuffixes = ['Oy', 'Ky', 'Tmi', 'Oy Ab', 'ry'];
export const companyStems = [
  'Hämeen Puu', 'Järvi-Suomen Rakennus', 'Linnan Kukka', 'Pohjolan Data', 'Vanajan Vene',
  'Aulangon Kahvila', 'Tavastia Media', 'Kantola Konsultointi', 'Lammin Leipä', 'Kiuru Design',
];
export const services = [
  { name: 'Verkkosivupaketti S', priceCents: 4900 },
  { name: 'Verkkosivupaketti L', priceCents: 12900 },
  { name: 'Hakukoneoptimointi', priceCents: 29000 },
  { name: 'Somemainonnan hallinta', priceCents: 39000 },
  { name: 'Ylläpitosopimus', priceCents: 2900 },
  { name: 'Valokuvaus, puolipäivä', priceCents: 45000 },
  { name: 'Uutiskirjepalvelu', priceCents: 1900 },
];
