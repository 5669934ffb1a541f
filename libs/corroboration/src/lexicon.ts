/**
 * Small word lists the fingerprint needs. Kept here (not natural's util module) because natural's
 * util index also loads its storage back-ends; these lists are short and tuned for claim matching.
 */

/** Function words and reporting verbs: they carry no claim content, so they are left out of tokens and shingles. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without into onto over under about after before during ' +
    'between among against through throughout within upon than then as so such that this these those there here ' +
    'is are was were be been being am has have had having do does did done will would shall should can could may might must ' +
    'it its it\'s they them their theirs he him his she her hers we us our you your i me my who whom whose which what when ' +
    'where why how all any both each few more most other some no not only own same too very also just even still yet ' +
    'if while because until unless although though since per via said says say saying told according reported reports ' +
    'stated states added noted claimed believed alleged allegedly reportedly'
  ).split(/\s+/),
);

/**
 * Names so common in this domain that sharing them says nothing about two claims being the same,
 * and whose absence from a sentence does not make it unspecific. Lower-case, single words.
 */
export const UBIQUITOUS_NAMES = new Set([
  'afghan', 'afghanistan', 'afghans', 'isaf', 'coalition', 'nato', 'ansf', 'ana', 'anp', 'taliban', 'taleban',
  'international', 'security', 'assistance', 'force', 'forces', 'national', 'army', 'police', 'joint', 'command',
  'kabul', 'u.s', 'us', 'u.s.', 'american', 'united', 'states', 'government', 'ministry', 'mr', 'dr', 'gen', 'general',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'in', 'on', 'during', 'after',
  'ak', 'combined', 'operations', 'center', 'director', 'spokesman', 'spokesperson', 'officials', 'operational', 'update',
  'ied', 'ieds', 'ak-47', 'ak-47s', 'hme', 'vbied', 'rpg', 'rpgs', 'pkm', 'col', 'lt', 'sgt', 'maj', 'capt', 'brig', 'army',
  'however', 'meanwhile', 'according', 'although', 'but', 'and', 'this', 'these', 'those', 'they', 'it', 'he', 'she', 'we',
]);

/** Words that make the preceding capitalised name a place ("Andar district", "Ghazni province"). */
/** Place nouns of units below a province: two different ones mean two different places. */
export const FINE_PLACE_NOUNS = new Set(['district', 'districts', 'village', 'city', 'valley']);

export const PLACE_NOUNS = new Set(['district', 'province', 'city', 'village', 'valley', 'region', 'provinces', 'districts', 'border', 'river', 'pass']);

/**
 * Places named without a place noun. Afghan provinces and the states of the region: in this corpus
 * they are the strongest sign that two sentences are (or are not) about the same event.
 */
export const GAZETTEER = new Set([
  'badakhshan', 'badghis', 'baghlan', 'balkh', 'bamyan', 'daykundi', 'farah', 'faryab', 'ghazni', 'ghor', 'helmand', 'herat',
  'jawzjan', 'kandahar', 'kapisa', 'khost', 'kunar', 'kunduz', 'laghman', 'logar', 'nangarhar', 'nimroz', 'nuristan',
  'paktika', 'paktiya', 'paktia', 'panjshir', 'parwan', 'samangan', 'sar-e', 'takhar', 'uruzgan', 'oruzgan', 'wardak', 'zabul',
  'tajikistan', 'uzbekistan', 'kyrgyzstan', 'kazakhstan', 'turkmenistan', 'pakistan', 'iran', 'china', 'russia', 'waziristan',
  'xinjiang', 'fergana', 'ferghana', 'mazar-e', 'jalalabad', 'kunduz', 'khorog', 'dushanbe', 'tashkent', 'bishkek', 'osh',
]);

export const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

export const NUMBER_WORDS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['hundred', 100], ['dozen', 12], ['dozens', 24], ['hundreds', 200], ['thousands', 2000], ['scores', 40],
]);

/** Words allowed between a number and the noun it counts ("600 IMU fighters", "two suspected insurgents"). */
export const FIGURE_MODIFIERS = new Set([
  'suspected', 'additional', 'armed', 'foreign', 'more', 'than', 'about', 'around', 'some', 'nearly', 'approximately', 'estimated',
  'other', 'local', 'enemy', 'network', 'taliban', 'imu', 'uzbek', 'tajik', 'afghan', 'civilian', 'insurgent', 'of', 'senior', 'haqqani', 'militant',
]);

/** Words that make a count the tally of one event (kills, detentions) rather than an estimate of a standing force. */
export const EVENT_WORDS = new Set(['kill', 'killed', 'detain', 'detained', 'captur', 'captured', 'arrest', 'arrested', 'wound', 'wounded', 'die', 'died', 'dead', 'injur', 'injured', 'seiz', 'seized']);

/** Words of recurring group names: shared, they say a claim is about the same actor, not the same event. */
export const GROUP_WORDS = new Set([
  'haqqani', 'network', 'imu', 'islamic', 'movement', 'uzbekistan', 'hig', 'hezb-e', 'gulbuddin', 'let', 'lashkar-e', 'tayyiba',
  'al-qaida', 'al-qaeda', 'qaida', 'qaeda', 'ttp', 'isis', 'isil', 'daesh', 'iju', 'jihad', 'union', 'ansarullah', 'jamaat', 'state', 'khorasan', 'iskp',
]);

/** Words that make a sentence report an incident (as opposed to a standing assessment or background). */
export const INCIDENT_WORDS = new Set([
  ...EVENT_WORDS, 'operation', 'operations', 'strike', 'strikes', 'airstrike', 'raid', 'ambush', 'clash', 'clashes', 'attacked',
  'fired', 'targeted', 'searched', 'search', 'searching', 'pursuit', 'patrol', 'capture', 'arrest', 'detaining', 'killing', 'confirmed',
]);
