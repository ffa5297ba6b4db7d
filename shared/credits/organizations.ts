// Who is an organisation in a credit line. Credit lines put people and organisations in slash-separated
// segments in either order ("Richard Drew/AP", "REUTERS/Danish Siddiqui"), so the parser has to tell them
// apart by the name: first the agencies and outlets that credit pictures every day, then the words that
// make a name an organisation ("… Images", "… News", "The …", "U.S. Navy").

/** Agencies, distributors and outlets, spelled as they ask to be credited. */
const KNOWN_ORGANIZATIONS = [
  'AP', 'Associated Press', 'The Associated Press', 'Reuters', 'AFP', 'Agence France-Presse', 'Getty Images',
  'EPA', 'EPA-EFE', 'EFE', 'PA', 'PA Wire', 'PA Images', 'PA Media', 'PA Archive', 'Press Association',
  'Xinhua', 'Xinhua News Agency', 'NurPhoto', 'Bloomberg', 'Anadolu', 'Anadolu Agency', 'SOPA Images',
  'LightRocket', 'Sipa', 'Sipa USA', 'ZUMA Press', 'ZUMA Wire', 'Shutterstock', 'REX', 'REX Features',
  'REX/Shutterstock', 'Alamy', 'Kyodo', 'Kyodo News', 'Yonhap', 'KCNA', 'TASS', 'Sputnik', 'RIA Novosti',
  'ANSA', 'dpa', 'picture alliance', 'Gamma-Rapho', 'Corbis', 'Hulton Archive', 'WireImage', 'FilmMagic',
  'Redferns', 'Bettmann', 'Keystone', 'Popperfoto', 'Mirrorpix', 'UPI', 'Polaris', 'Redux', 'Magnum Photos',
  'AAP', 'The Canadian Press', 'NTB', 'TT News Agency', 'Ritzau Scanpix', 'Lehtikuva', 'ANP', 'Belga',
  'Keystone-SDA', 'Lusa', 'Europa Press', 'Jiji Press', 'PTI', 'ANI', 'Bernama', 'Antara', 'WAM', 'SPA',
  'Abaca', 'ABACAPRESS', 'Splash News', 'Backgrid', 'Sportsfile', 'Inpho', 'Action Images', 'Allsport',
  'Icon Sportswire', 'Imagn', 'Imagn Images', 'USA TODAY', 'USA TODAY Sports', 'USA TODAY Network',
  'CQ-Roll Call', 'Middle East Images', 'Universal Images Group', 'VCG', 'Visual China Group', 'Future Publishing',
  'iStockphoto', 'iStock', 'CNN', 'BBC', 'NBC', 'ABC', 'CBS', 'NHK', 'Al Jazeera', 'NASA', 'NOAA', 'ESA',
  'The New York Times', 'The Washington Post', 'Los Angeles Times', 'The Wall Street Journal', 'The Guardian',
  'The White House', 'White House', 'Kremlin', 'Maxar Technologies', 'Planet Labs',
];

const CANONICAL = new Map(KNOWN_ORGANIZATIONS.map((name) => [name.toLowerCase(), name]));
// Getty asks for "Getty Images"; a bare "Getty" is the same distributor.
CANONICAL.set('getty', 'Getty Images');

/** The spelling the organisation asks for ("REUTERS" → "Reuters"), or undefined when it is not a known one. */
export function knownOrganization(name: string): string | undefined {
  return CANONICAL.get(name.replace(/\s+/g, ' ').trim().toLowerCase());
}

/**
 * Words that make a name an organisation. Matched as whole words, in any case: "Getty Images North America",
 * "The New York Times", "U.S. Navy", "CQ-Roll Call, Inc", "Ukrainian Presidential Press Service".
 */
const ORGANIZATION_WORDS = new RegExp(
  String.raw`\b(?:${[
    'images', 'photos?', 'pictures', 'press', 'news', 'agency', 'wire', 'times', 'post', 'today', 'tribune',
    'herald', 'gazette', 'journal', 'daily', 'magazine', 'media', 'network', 'networks', 'channel', 'tv',
    'television', 'radio', 'studios?', 'records', 'entertainment', 'archives?', 'library', 'collection',
    'museum', 'foundation', 'institute', 'university', 'college', 'school', 'center', 'centre', 'group', 'inc',
    'llc', 'ltd', 'corp', 'co', 'company', 'service', 'services', 'ministry', 'department', 'dept', 'office',
    'government', 'administration', 'embassy', 'council', 'parliament', 'congress', 'senate', 'police', 'navy',
    'army', 'force', 'marines?', 'corps', 'guard', 'military', 'defen[cs]e', 'command', 'house', 'kremlin',
    'palace', 'authority', 'commission', 'committee', 'agency', 'organization', 'organisation', 'association',
    'federation', 'club', 'league', 'party', 'campaign', 'family',
  ].join('|')})\b`,
  'i',
);

/** At most this many words may qualify a known name: "Getty Images for Tribeca Festival", not a sentence. */
const MAX_QUALIFIER_WORDS = 3;

/**
 * The spelling of a known organisation, or of one with a known organisation at its head and a few words
 * after it ("REUTERS TV" → "Reuters TV", "Sipa USA", "Getty Images for Tribeca Festival"); undefined for any
 * other name.
 */
export function knownOrganizationName(name: string): string | undefined {
  const clean = name.replace(/\s+/g, ' ').trim();
  const known = knownOrganization(clean);
  if (known) return known;
  const words = clean.split(' ');
  for (let take = Math.min(3, words.length - 1); take >= 1 && words.length - take <= MAX_QUALIFIER_WORDS; take--) {
    const head = knownOrganization(words.slice(0, take).join(' '));
    if (head) return [head, ...words.slice(take)].join(' ');
  }
  return undefined;
}

/** True for a name an organisation would have: known, or built like one. */
export function looksLikeOrganization(name: string): boolean {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (knownOrganizationName(clean)) return true;
  if (/^the\s/i.test(clean)) return true;
  return ORGANIZATION_WORDS.test(clean);
}

/**
 * Governments, armed forces and official bodies: a picture they release through an agency with no
 * photographer named ("U.S. Navy via AP") is a handout.
 */
const OFFICIAL_SOURCE = new RegExp(
  String.raw`\b(?:${[
    'navy', 'army', 'air force', 'marines?', 'marine corps', 'coast guard', 'national guard', 'military',
    'armed forces', 'defen[cs]e', 'ministry', 'department', 'government', 'administration', 'white house',
    'kremlin', 'presidential', "president's", "prime minister's", 'embassy', 'police', "sheriff's",
    'fire department', 'nasa', 'noaa', 'kcna', 'state media', 'press service', 'press office',
  ].join('|')})\b`,
  'i',
);

export function isOfficialSource(name: string): boolean {
  return OFFICIAL_SOURCE.test(name);
}

/** "Getty Images" is printed after a slash in CNN style; the parser reads "X/Getty Images" as "X via Getty Images". */
export function isGettyImages(name: string): boolean {
  return knownOrganization(name) === 'Getty Images';
}

/**
 * The agencies that hand on other people's pictures. After another organisation and a slash they are the
 * distributor — "NASA/AP", "Maui County Fire Department/AP", "AFP/Getty Images" — as in CNN's lines.
 */
export function isDistributor(name: string): boolean {
  return DISTRIBUTORS.has(knownOrganization(name) ?? '');
}

const DISTRIBUTORS = new Set([
  'Getty Images',
  'AP',
  'Associated Press',
  'The Associated Press',
  'Reuters',
  'AFP',
  'Agence France-Presse',
]);
