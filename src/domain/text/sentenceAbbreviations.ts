/**
 * Words whose full stop does not (always) end a sentence, for the sentence splitter. Keys are
 * lower case without the final stop (`u.s` for `U.S.`). Each set says what may follow.
 */

const words = (...lists: string[]): ReadonlySet<string> =>
  new Set(lists.flatMap((list) => list.trim().split(/\s+/u)));

const TAGALOG_TITLES = 'g gng bb dra gob kgg kag kap hal sta sto brgy bgy';
const ENGLISH_TITLES = `
  mr mrs ms messrs dr drs dras sen rep cong pres gov atty engr arch prof hon rev fr msgr sec
  usec asec amb asst dep det ofc mt ft vs v e.g i.e cf approx dept univ assn est
`;
// Military and police ranks: `Pfc. Lopez`, `Lt. Col. Ferrer`, `P/Supt. Cruz`, `P/Sr. Supt. Ramos`.
const RANKS = `
  pvt pte pfc spc cpl lcpl sgt ssgt msgt lt col ltcol maj capt cpt cmdr cdr gen adm supt
  insp p/supt p/insp p/col p/dir p/sr p/cinsp p/sinsp p/ssupt p/csupt
`;

/** Titles and words that always precede something: `Gng. Santos`, `Dr. Reyes`, `vs. Ateneo`. */
export const TITLES = words(TAGALOG_TITLES, ENGLISH_TITLES, RANKS);

/** Words that stand before a number: `Blg. 5`, `No. 12`, `Ene. 3`, `p. 45` (months included). */
export const BEFORE_NUMBER = words(`
  no nos blg p pp vol art sek ch fig tel ed
  ene peb mar abr hun hul ago set sept okt nob dis jan feb apr jun jul aug sep oct nov dec
`);

/**
 * Abbreviations that often end a sentence too (`… Ayala Corp.`, `… atbp.`, `… Roxas Blvd.`): the
 * stop ends the sentence only when the next word looks like the start of one. Some titles are
 * here, not among the titles, as they also end sentences: `St.` is a street as often as a saint
 * (`St. Jude`), `Dir.` a district too (`Lower Dir`), and a brig a ship's jail.
 */
export const MAY_END = words(
  'atbp etc inc corp co ltd plc llc bros jr sr a.m p.m st ave blvd rd dir brig',
);

const ENGLISH_STARTERS = `
  a an the this that these those there it its he she they we i you his her their our my your
  in on at for from by with after before during since when while if as but and however also
  meanwhile according officials police some many most both all no not one two three earlier
  later today yesterday several other another each such what who why how where then so only
  more despite although because once until authorities witnesses reports people
`;
const TAGALOG_STARTERS = `
  ang ayon si sina sa ito iyon iyan siya sila kami tayo ako kanyang kaniyang kanilang ngunit
  subalit pero at noong nang dahil kung samantala bukod gayunman gayundin mga may mayroon
  hindi isa ilan bilang kaya habang matapos pagkatapos dito doon sinabi aniya para isang
  upang ipinahayag iniulat gayunpaman bagaman bagamat kabilang maraming marami walang wala
  hanggang tinatayang idinagdag dagdag kahit sapagkat kapag tulad gaya kasama ilang lahat
  nasa noon ngayon kahapon bukas pa rin din kanya kaniya kanila nila niya namin natin amin atin
`;

/**
 * Words that commonly open a sentence in news text. After an ambiguous stop (`U.S.`, `Jr.`, an
 * initial) a capitalised word from this list means a new sentence; a name means the same one.
 */
export const SENTENCE_STARTERS = words(ENGLISH_STARTERS, TAGALOG_STARTERS);
