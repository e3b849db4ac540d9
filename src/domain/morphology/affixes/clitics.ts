// Pieces that attach to a whole word: the linker (`-ng` after a vowel, `-g` after n), the
// contracted `'t` (at) and `'y` (ay), and contracted words (`'di` for hindi).
import type { AffixDef } from './types';
import { WordSet } from '../wordSet';

export const LINKERS = {
  afterVowel: { id: 'linker', kind: 'linker', forms: ['ng'], then: 0, cost: -0.3 },
  afterN: { id: 'linker', kind: 'linker', forms: ['g'], then: 0, cost: -0.2 },
} as const satisfies Record<string, AffixDef>;

/**
 * Hosts of `'t` and `'y` that lost letters before them: `ika'y` is ikaw + `'y`, `ngayo'y`
 * ngayon + `'y`, `hangga't` hanggang + `'t`.
 */
export const CLITIC_HOSTS: ReadonlyMap<string, string> = new Map([
  ['ika', 'ikaw'],
  ['ngayo', 'ngayon'],
  ['noo', 'noon'],
  ['doo', 'doon'],
  ['roo', 'roon'],
  ['gayo', 'gayon'],
  ['ganoo', 'ganoon'],
  ['gayunma', 'gayunman'],
  ['nama', 'naman'],
  ['bagama', 'bagaman'],
  ['hangga', 'hanggang'],
  ['subali', 'subalit'],
]);

/**
 * Short words that `'y` (ay) is written on without its apostrophe, in chat and hasty typing:
 * `akoy`, `siyay`, `itoy`, `umanoy`. These only: many roots end in -y (`bahay`, `patay`, `kahoy`).
 */
export const AY_WITHOUT_APOSTROPHE: ReadonlySet<string> = new Set([
  'ako',
  'siya',
  'sya',
  'tayo',
  'kami',
  'kayo',
  'sila',
  'ito',
  'umano',
]);

/** `iba't` → iba + `'t`; `ito'y` → ito + `'y`. */
export const ENCLITICS: readonly AffixDef[] = [
  { id: 'clitic-at', kind: 'clitic', forms: ["'t"], then: 0, cost: -1 },
  { id: 'clitic-ay', kind: 'clitic', forms: ["'y"], then: 0, cost: -1 },
];

/**
 * A contracted word alone: `'t` is at, `'y` is ay. `kanya` is the everyday spelling of the
 * pronoun kaniya (as `nya` is of niya), with or without the linker (`kanyang`); `aniya` is ani
 * niya (said he/she) run together; `konti` is kaunti (a little). An apostrophe inside a word
 * marks dropped letters: `ba't` is bakit (why), not ba + at; `nasa'n` nasaan, `pa'no` paano;
 * `sa'yo` is sa iyo, glossed by its pronoun.
 */
export const CONTRACTED_WORDS: ReadonlyMap<string, string> = new Map([
  ["'t", 'at'],
  ["'y", 'ay'],
  ["'di", 'hindi'],
  ["'kaw", 'ikaw'],
  ["'la", 'wala'],
  ["ba't", 'bakit'],
  ["nasa'n", 'nasaan'],
  ["sa'n", 'saan'],
  ["pa'no", 'paano'],
  // sa + a pronoun's sa-form without its first vowel: `sa'yo` (to you), `sa'kin` (to me).
  ["sa'yo", 'iyo'],
  ["sa'kin", 'akin'],
  ["sa'min", 'amin'],
  ["sa'tin", 'atin'],
  ['meron', 'mayroon'],
  // Everyday spellings of demonstratives, question words and conjunctions.
  ['iyun', 'iyon'],
  ['yun', 'iyon'],
  ['yon', 'iyon'],
  ['dun', 'doon'],
  ['pano', 'paano'],
  ['nasan', 'nasaan'],
  ['ganon', 'ganoon'],
  ["'pag", 'kapag'],
  ["'wag", 'huwag'],
  ['kanya', 'kaniya'],
  ['aniya', 'ani'],
  ['konti', 'kaunti'],
]);

/**
 * Words some texts file under another word, offered after the word itself (the word is its own
 * lemma more often): case forms of the personal pronouns (`ko` under ako), the particle
 * `ng`/`nang`, short forms of everyday speech (`lang` under lamang, `teka` under hintay) and the
 * question words + man (`sinuman` under sino).
 */
export const ALSO_FILED_UNDER: ReadonlyMap<string, readonly string[]> = new Map([
  ['ko', ['ako']],
  ['akin', ['ako']],
  ['mo', ['ikaw']],
  ['ka', ['ikaw']],
  ['iyo', ['ikaw']],
  ['niya', ['siya']],
  ['kaniya', ['siya']],
  ['nila', ['sila']],
  ['kanila', ['sila']],
  ['namin', ['kami']],
  ['amin', ['kami']],
  ['natin', ['tayo']],
  ['atin', ['tayo']],
  ['ninyo', ['kayo']],
  ['inyo', ['kayo']],
  // The question word sino's case forms, as the personal pronouns' are.
  ['nino', ['sino']],
  ['kanino', ['sino']],
  ['ng', ['nang', 'na']],
  ['nang', ['ng', 'na']],
  ['lang', ['lamang']],
  ['teka', ['hintay']], // hintay ka "wait"
  ['ayoko', ['ayaw']], // ayaw ko "I don't want"
  ['pag', ['kapag']],
  ['di', ['hindi']], // `'di` written without its apostrophe
  ['asan', ['nasaan']],
  ['ramdam', ['damdam']], // feel: damdam with its d written r
  ['wag', ['huwag']],
  ['tsaka', ['saka']],
  // `panibago` (anew) is bago under a prefix of its own.
  ['panibago', ['bago']],
  // Question words + man, "-ever": filed as words or under the question word.
  ['sinuman', ['sino']],
  ['anuman', ['ano']],
  ['alinman', ['alin']],
  ['saanman', ['saan']],
  ['kailanman', ['kailan']],
  ['gaanuman', ['gaano']],
  ['ninuman', ['nino']],
  ['kaninuman', ['kanino']],
]);

/** A root whose prefixed words are filed under another word (see FILED_UNDER). */
export interface FiledUnder {
  readonly lemma: string;
  /** Ids of prefixes one of which the word must have, when only some do (any prefix if unset). */
  readonly withPrefix?: readonly string[];
}

/**
 * Roots whose prefixed words are filed under another word: `magkaroon`, `nagkaroon` (to have,
 * had), `makakaroon` are a ka- prefix on roon, the verb of mayroon (`naroon` is na- on doon);
 * the ordinals `pangalawa` (second) and `pangatlo` (third) are pang- on dalawa and tatlo without
 * their first consonant (a fact of these two numerals: `pang-apat`, `panlima` keep theirs);
 * `kamatayan` (death), `pagkamatay` are built on matay, the nasalized stem of patay in mamatay
 * (to die), not a root of its own; `manatili` (stay), `panatilihin` (keep) are built on natili, a
 * stem of tili; `kamakailan` (recently) is kamaka- on ilan, filed under kailan (when).
 */
export const FILED_UNDER: ReadonlyMap<string, FiledUnder> = new Map([
  ['roon', { lemma: 'mayroon', withPrefix: ['ka', 'magka', 'nagka', 'maka', 'naka'] }],
  ['alawa', { lemma: 'dalawa' }],
  ['atlo', { lemma: 'tatlo' }],
  ['matay', { lemma: 'patay' }],
  ['natili', { lemma: 'tili' }],
  ['ilan', { lemma: 'kailan', withPrefix: ['kamaka'] }],
]);

// Schachter & Otanes' enclitic particles.
const ENCLITIC_PARTICLES =
  'ba daw raw din rin ho po kasi kaya lamang lang man muna na naman nga pa pala sana tuloy yata';

// Conjunctions that end in ng as if a word + the linker: `upang` is not upa (rent) + -ng.
const CONJUNCTIONS_IN_NG = 'upang habang hanggang kung tuwing';

// `noon` (then, when) is in news before nearly every date, as `noong`: noon + -g, not noo
// (forehead) + -ng.
const TIME_WORDS_IN_NG = 'noon';

// Question words, `kanina` (earlier today), conjunctions and Spanish loans whose look-alike parts
// are common words, that look affixed: `paano` is not pa- + ano, `kailan` not ka- + ilan, `nasaan`
// (where is) not na- + saan, `magkano` not mag- + kano ("American"), `kanina` not ka- + nina,
// `bagaman` (although) not bagam + -an, `makina` not ma- + kina, `kapitan` not kapit + -an. Under
// affixes of their own they gain nothing: `makailang` is maka- + ilan + -g, `kinapitan` -in- +
// kapit + -an. So too `palapag` (storey), not pa- + lapag (set down), and `parehas` (alike), not
// pa- + rehas (bars); under affixes, their parts (`pinalapag` landed).
const WORDS_LIKE_AFFIXED = [
  'paano kailan magkano kanina nasaan',
  'bagaman gayunman',
  'makina kapitan kapilya',
  'palapag parehas',
].join(' ');

/**
 * The enclitic particles, `umano` (the news register's daw), conjunctions ending in ng and the
 * words above that look affixed: each is a word of its own, not an affixed one (`umano` is not
 * um- + ano, `naman` not na- + man, `habang` not haba + -ng), and with a linker it is read before
 * a look-alike (`namang` is naman + -g, `ring` rin + -g).
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  ...ENCLITIC_PARTICLES.split(' '),
  'umano',
  ...CONJUNCTIONS_IN_NG.split(' '),
  ...TIME_WORDS_IN_NG.split(' '),
  ...WORDS_LIKE_AFFIXED.split(' '),
]);

/**
 * Words that look affixed but are roots of their own, as dictionaries list them: `kailangan` is
 * not ka- + ilang + -an, `pamilya` not pang- + pilya, `lalaki` not la- + laki. Read like the
 * particles: the word first, its look-alike parts behind it.
 */
const LEXICALIZED = new WordSet(
  [
    'kailangan pamilya lalaki umaga kasalukuyan kaunti karaniwan pakinabang',
    // `panahon` is not pan- + tahon or dahon, `paratang` not pa- + ratang, `pangulo` (president)
    // not pang- + ulo, `binata` (young man) not -in- + bata, `babala` (warning) not ba- + bala,
    // `panalo` (win) not pang- + talo, `panibago` (anew) not pang- + tibago, `mamaya` (later) not
    // ma- + maya.
    'panahon paratang ilalim pangulo binata babala panalo panibago mamaya',
    // The question words + man (-ever), with the linker too: `sinumang` is not -in- + suma + -ng.
    'sinuman anuman alinman saanman kailanman kaninuman ninuman gaanuman paanuman',
    // `kalinga` (care) is not ka- + linga (sesame), `kalikot` (poke about) not ka- + likot
    // (restless), `kaluluwa` (soul) not ka- + lu- + luwa (spit out), `tatwa` (deny) not ta- + tuwa
    // (joy), `hagdan` (stairs) not hagod + -an, `hinhin` (demureness) not hina + -hin; `panganay`
    // (firstborn), `panata` (vow), `panatag` (calm) and `pangahas` (daring) are no pang- words;
    // `hinaing` (grievance) is no -in- + haing, `kabaong` (coffin) no ka- + bao + -ng, `katuwang`
    // (partner) no ka- + tuwa (joy) + -ng.
    'kalinga kalikot kaluluwa tatwa hagdan hinhin panganay panata panatag pangahas',
    'hinaing kabaong katuwang',
    // Common roots whose final ng is their own, not the linker on a rarer look-alike: `tulong`
    // (help) is not tulo (drip) + -ng, nor `pulong` (meeting) pulo (island), `kulong` (jail) kulo
    // (boil), `bubong` (roof) bubo (spill), `diwang` (celebrate) diwa (spirit), `sulong` (advance)
    // sulo (torch), `timbang` (weigh) timba (bucket), `patong` (put on top) pato (duck), `tapang`
    // (courage) tapa (dried meat). Not `dating`, as often dati (former) + -ng as "arrive", nor
    // `galang` (respect), which pang- + galang would make of `pangalang` (pangalan + -g).
    'tulong pulong kulong bubong diwang sulong timbang patong tapang',
    // A common root in n, with the linker -g far more often than its look-alike with -ng: `labang`
    // is laban (fight) + -g, not laba (laundry) + -ng. (Not bayan: read whole it would take
    // `bayaning` from bayani, hero.)
    'laban',
    // `kaibigan` (friend) is no ka- + ibig (love) + -an: `magkaibigan`, `pakikipagkaibigan` are
    // filed under it. (Not `katawan`, body: it would take `nakakatawang`, funny, from tawa.)
    'kaibigan',
    // `malamang` (likely) is no ma- + laman + -g, `pagitan` (between; `pamamagitan`, by means of)
    // no pagit + -an, `dalangin` (prayer; `panalangin`) no dalang + -in, `panganib` (danger;
    // `mapanganib`, `nanganganib`) no pang- + anib.
    'malamang pagitan dalangin panganib',
  ]
    .join(' ')
    .split(' '),
);

/** Whether `word` is one of the lexicalized words above. */
export const isLexicalized = (word: string): boolean => LEXICALIZED.has(word);

/**
 * Roots that start like a copied syllable, without the cost of looking copied under affixes:
 * `nagbabala` (warned) is babala, not ba- + bala (bullet); `patatagin` (strengthen) tatag, not
 * ta- + taga; `tinatakan` (stamped) tatak, not taka; `kinikilan` (extorted from) kikil, not kilo.
 * Not lalaki nor mamaya, whose look-alikes with a real copy are as common (`malalaki` big,
 * `mamamayan` citizens), nor lala (worsen), which `nakilala` and `naglalaan` would be taken for.
 */
export const WHOLE_DESPITE_COPY = new WordSet(['babala', 'tatwa', 'tatag', 'tatak', 'kikil']);

/**
 * Roots whose final ng is their own, read whole under prefixes and infixes only: alone, the word
 * is more often a look-alike + the linker (`silang`, they + -ng), and so it is under a suffix
 * (`silangang` is silangan, east, + -g); under the others the root (`isinilang` born; `nalulong`
 * addicted, not lulon swallow + -g; `pagtuntong` stepping on; `pagtambang` ambush; `paglilibang`
 * recreation). Not `salang`: `kasalang` is kasalan (wedding) + -g.
 */
export const NG_ROOTS_UNDER_AFFIXES = new WordSet([
  'silang',
  'lulong',
  'tuntong',
  'tambang',
  'libang',
]);

/**
 * Common roots in n read with the linker (-g) before a look-alike in a vowel with -ng, under
 * affixes too: `bayang` is bayan (town, country) + -g, not baya + -ng; `mamamayang` (citizens)
 * maN- + ba- + bayan + -g, not ma- + ma- + maya (sparrow) + -ng; `pangalang` (name + -g) pang- +
 * ngalan + -g, not pang- + ala + -ng. Only with the linker and no suffix: read whole everywhere,
 * bayan would take `bayaning` (bayani, hero, + -ng) for bayan + -in + -g. (It takes `pabayang`,
 * negligent, from pabaya: a rarer word.)
 */
export const N_ROOTS_BEFORE_LINKER = new WordSet(['bayan', 'ngalan']);

/**
 * Every word of the sets above that a root found under affixes is checked against: nearly every
 * root is none of them, and one check says so.
 */
export const ROOTS_WITH_RULES = WordSet.union(
  LEXICALIZED,
  WHOLE_DESPITE_COPY,
  NG_ROOTS_UNDER_AFFIXES,
  N_ROOTS_BEFORE_LINKER,
);

/** What reading a word as one of LEXICALIZED costs (a gain), alone or under affixes. */
export const LEXICALIZED_GAIN = -1.5;

/** What reading a word as one of the PARTICLES costs (a gain). */
export const PARTICLE_COST = -0.5;

/**
 * Dropped initial `i` written with an apostrophe (`'yung` → iyung, `'to` → ito): the engine
 * restores the vowel and reads the rest as usual.
 */
export const DROPPED_INITIAL = {
  id: 'contraction',
  kind: 'clitic',
  forms: ["'"],
  then: 0,
  cost: 0.2,
} as const satisfies AffixDef;

/** `rin`/`din`, `raw`/`daw`, `rito`/`dito`, `roon`/`doon`: d becomes r after a vowel. */
export const D_TO_R = { id: 'd-r', cost: 0.3 } as const;
