// The analyzer on words that were not used to write its rules: per affix family, the gold root
// must be among the candidates (and first where the affixes leave no doubt); negative rows name
// analyses that must not be produced.
import { describe, expect, it } from 'vitest';
import { analyze, candidateRoots } from '../../../src/domain/morphology/analyze';

type Row = readonly [word: string, root: string, first: boolean];

const FAMILIES: Record<string, readonly Row[]> = {
  'infix -um-': [
    ['sumulat', 'sulat', true],
    ['lumangoy', 'langoy', true],
    ['tumakbo', 'takbo', true],
    ['bumasa', 'basa', true],
    ['umuwi', 'uwi', true],
    ['umiyak', 'iyak', true],
    ['gumising', 'gising', false],
  ],
  'infix -in- (in-, ni-)': [
    ['binasa', 'basa', true],
    ['sinulat', 'sulat', true],
    ['kinain', 'kain', true],
    ['tinapon', 'tapon', true],
    ['niluto', 'luto', true],
    ['inayos', 'ayos', true],
    ['inilipat', 'lipat', true],
    ['ginising', 'gising', false],
    // ni- before r: the root keeps its r (a d-root would take -in- inside it: `dinala`).
    ['nirolyo', 'rolyo', true],
    ['inirekomenda', 'rekomenda', true],
    // -in- inside a borrowed cluster, after its first consonant.
    ['kinlaro', 'klaro', false],
    ['ipinrograma', 'programa', false],
  ],
  'verbal prefixes': [
    ['maglaro', 'laro', true],
    ['naglinis', 'linis', true],
    ['maglalakad', 'lakad', true],
    ['naglalaba', 'laba', true],
    ['nag-ayos', 'ayos', true],
    ['mag-isip', 'isip', true],
    ['nakatulog', 'tulog', true],
    ['makakabili', 'bili', true],
    ['nakipagkita', 'kita', true],
    ['makipagtalo', 'talo', true],
    // ka- inside makipag-/nakipag- for a state shared with others.
    ['nakipagkaisa', 'isa', true],
    ['makikain', 'kain', true],
    ['malinis', 'linis', true],
    ['masarap', 'sarap', true],
    ['nabasa', 'basa', true],
    ['isulat', 'sulat', true],
    ['itinapon', 'tapon', true],
    ['iluluto', 'luto', true],
    ['ipinaglaban', 'laban', true],
    // isa- before a ka-…-an word.
    ['isinasakatuparan', 'tupad', false],
    // pakiki- inside -in-.
    ['pinakikiusapan', 'usap', true],
    // -um- inside mag-/pag- and a copied syllable, behind the word without it.
    ['magpupumilit', 'pilit', false],
    ['pagsusumiksik', 'siksik', false],
    ['isinaayos', 'ayos', true],
    // Without i-, -in- goes inside a root in sa: not sa- + a shorter root.
    ['sinagasa', 'sagasa', true],
    ['sinabunot', 'sabunot', true],
    ['nakalimutan', 'limot', false],
    // Several actors: magsi-, and magsipag- (both with the prefix's si copied for aspect).
    ['nagsiuwian', 'uwi', false],
    ['nagsisitayo', 'tayo', false],
    ['magsipaghanda', 'handa', true],
    ['nagsisipagsalita', 'salita', true],
    // A root with a glide after its first consonant: the copy takes the glide's vowel, or a.
    ['nagpipyesta', 'pyesta', true],
    ['pinupwesto', 'pwesto', true],
    ['sumasiyasat', 'siyasat', true],
    // pa- of direction inside -um-, behind a root in pa.
    ['pumaibabaw', 'ibabaw', false],
    ['pumaloob', 'loob', false],
    ['pumasok', 'pasok', true],
    // An actor-focus affix takes no object-focus -in: the root ends in in.
    ['magpasalin', 'salin', true],
    ['pumansin', 'pansin', true],
    // Nor does na-, the completed ma-.
    ['nabitin', 'bitin', true],
    ['naangkin', 'angkin', true],
    // A question word + man (-ever) is also filed under the question word.
    ['saanman', 'saan', false],
    ['alinmang', 'alin', false],
  ],
  'nasal assimilation (mang-, pang-)': [
    ['mangisda', 'isda', true],
    ['pamunas', 'punas', true],
    ['manlalaro', 'laro', true],
    ['pangingisda', 'isda', false],
    ['panulat', 'sulat', false],
    ['mamigay', 'bigay', false],
    // pang- before ka-…-an and ma- words.
    ['pangkalikasan', 'likas', true],
    ['pangkaunlaran', 'unlad', false],
    ['pangmaramihan', 'dami', true],
    // The plural manga-, nanga- of ma- verbs, with ka- or the fused nasal inside.
    ['nangalunod', 'lunod', false],
    ['nangasira', 'sira', false],
    ['nangakatulog', 'tulog', false],
    ['nangamatay', 'patay', false],
    // pang- kept whole before b and p, as informal writing has it (pambata → pangbata).
    ['pangbata', 'bata', true],
    ['pangpamilya', 'pamilya', true],
    ['pangbahay', 'bahay', true],
  ],
  'suffixes and sound changes': [
    ['basahin', 'basa', true],
    ['kainin', 'kain', true],
    ['sulatan', 'sulat', true],
    ['tawagan', 'tawag', true],
    ['hugasan', 'hugas', true],
    ['dalhan', 'dala', true],
    ['sundan', 'sunod', true],
    ['sunugin', 'sunog', true],
    ['sabihan', 'sabi', true],
    ['lutuin', 'luto', false],
    ['hulugan', 'hulog', false],
    ['buksan', 'bukas', false],
    ['takpan', 'takip', false],
    ['bilhan', 'bili', false],
    // Stems that are not spelled like their root under a suffix.
    ['kukunin', 'kuha', true],
    ['kinunan', 'kuha', true],
    ['tinamnan', 'tanim', true],
    ['kakilanlan', 'kilala', false],
    ['pinakinggan', 'kinig', true],
    ['nasiyahan', 'saya', true],
    ['hinagkan', 'halik', true],
    // A prefix's a merged with the root's, the merged syllable copied: ma- + la- + alam + -an.
    ['malalaman', 'alam', false],
    // A stem with -han before the suffix.
    ['ipinaalalahanan', 'alala', true],
    ['pagkamakatotohanan', 'totoo', false],
    ['hinipan', 'hihip', false],
    ['pakikinggan', 'kinig', false],
    ['didinggin', 'dinig', false],
    ['datnin', 'dating', true],
    ['pariringgan', 'dinig', true],
    // Roots in l, y, w take -in- mostly as ni-: a root in lin- + a suffix first, -in- still read.
    ['linisin', 'linis', true],
    ['winasak', 'wasak', true],
  ],
  'nominal prefixes and circumfixes': [
    // sang- (one, a whole), assimilated, behind the word whole.
    ['sangkatauhan', 'tao', true],
    ['sanlibutan', 'libot', false],
    ['sambahayan', 'bahay', false],
    ['kalayaan', 'laya', true],
    ['kagandahan', 'ganda', true],
    ['kabataan', 'bata', true],
    ['kalinisan', 'linis', true],
    ['paglalakbay', 'lakbay', true],
    ['pagsulat', 'sulat', true],
    ['pagkakaisa', 'isa', true],
    ['ikalima', 'lima', true],
    ['ikaapat', 'apat', true],
    ['pinakamabilis', 'bilis', true],
    ['pinakamahalaga', 'halaga', true],
    // pinaka- on a participle in the ongoing aspect: "most watched", "most talked about".
    ['pinakatinitingala', 'tingala', true],
    ['pinakatinatangkilik', 'tangkilik', true],
    ['pinakabinabantayan', 'bantay', true],
    ['pinakapinag-uusapan', 'usap', true],
    ['napakabilis', 'bilis', true],
    // mag- + kasing- (alike in…), in kasing's full form.
    ['magkasingtalino', 'talino', true],
    ['nagkasinglaki', 'laki', true],
    ['magkasimputi', 'puti', true],
    // sing-, sin-, sim- alone (as … as) on a common adjective; behind a root that starts so.
    ['sintigas', 'tigas', true],
    ['singganda', 'ganda', true],
    ['sinlapad', 'lapad', true],
    ['simbango', 'bango', true],
    ['simposyum', 'simposyum', true],
    ['simbolikong', 'simboliko', true],
    ['sindihan', 'sindi', true],
    ['singilin', 'singil', true],
    // magkanda-: done in a scramble or ending in a mess.
    ['nagkandahirap', 'hirap', true],
    ['nagkakandagulo', 'gulo', true],
    ['tagalinis', 'linis', true],
    ['tagapagluto', 'luto', true],
    ['tag-init', 'init', true],
    ['marahas', 'dahas', true],
    ['karugtong', 'dugtong', false],
    // tig- before numerals (so many each), with or without a copied syllable.
    ['tig-apat', 'apat', true],
    ['tiglilima', 'lima', true],
    ['tigsasampu', 'sampu', true],
    // The hour: alas- (ala- before una) and a Spanish numeral.
    ['alas-kuwatro', 'kuwatro', false],
    ['alas-nuwebe', 'nuwebe', false],
    // Just done: ka- with the root's first syllable copied, or in everyday speech the prefix's.
    ['katatapos', 'tapos', true],
    ['kaaalis', 'alis', true],
    ['kakabili', 'bili', true],
    ['kakauwi', 'uwi', true],
    // mala- (like): on any root, ma- + a root in la- first where that is a root.
    ['malatubig', 'tubig', false],
    ['malabulaklak', 'bulaklak', false],
    // pala- (given to): the habit, on any root.
    ['palainom', 'inom', true],
    ['paladasal', 'dasal', true],
    // Spanish agent nouns, behind the word itself.
    ['bombero', 'bomba', false],
    ['pianista', 'piano', false],
    ['kontratista', 'kontrata', false],
    ['biyahera', 'biyahe', false],
    // tig- and maka- on dalawa and tatlo without their first consonant or syllable.
    ['tigatlong', 'tatlo', true],
    ['makatlo', 'tatlo', true],
    // Of the numerals, only dalawa and tatlo lose their first syllable after ika-.
    ['ikatlong', 'tatlo', true],
  ],
  reduplication: [
    // Informal writing copies o as u, or u as o: `sumosunod` for sumusunod.
    ['sumosunod', 'sunod', false],
    ['tumotulong', 'tulong', true],
    ['nagkukomento', 'komento', false],
    ['nagpupokus', 'pokus', false],
    ['nagbubotohan', 'boto', false],
    // The copied first syllable of pa- (heading towards): `papauwi` ← pa- + uwi.
    ['papauwi', 'uwi', true],
    ['papataas', 'taas', true],
    ['papasok', 'pasok', true],
    ['gabi-gabi', 'gabi', true],
    ['isa-isa', 'isa', true],
    ['bahay-bahay', 'bahay', true],
    ['dahan-dahan', 'dahan', true],
    ['taon-taon', 'taon', true],
    // The copy is the word's last two parts.
    ['pang-araw-araw', 'araw', true],
    ['pinag-isa-isa', 'isa', true],
    // The copy's d is written r after a vowel: the root keeps d.
    ['daga-raga', 'daga', true],
    ['dalas-ralas', 'dalas', true],
    // The first copy carries the verb's infix; the second is the bare root, with the suffix.
    ['kumaway-kaway', 'kaway', true],
    ['hinila-hila', 'hila', true],
    ['sinulyap-sulyapan', 'sulyap', true],
    ['pumalakpak-palakpak', 'palakpak', true],
    ['dinampot-rampot', 'dampot', true],
    // The second copy is the first + the linker: the first is the root written whole.
    ['milyon-milyong', 'milyon', true],
    ['dahan-dahang', 'dahan', true],
    // Both copies end in ng: the root's, not the linker's.
    ['pabulong-bulong', 'bulong', true],
  ],
  'linker, clitics, English roots': [
    // An English possessive is also read without its 's.
    ["teacher's", 'teacher', false],
    ['driver’s', 'driver', false],
    // After a hyphen an English root keeps onsets no Tagalog word has: squ, sch, tw, wr, gh, wh.
    ['nag-squat', 'squat', true],
    ['na-ghost', 'ghost', false],
    ['i-whatsapp', 'whatsapp', false],
    ['mag-scholarship', 'scholarship', true],
    ['na-twist', 'twist', false],
    ['i-wrap', 'wrap', false],
    // One-syllable English roots without a hyphen, known by an ending no Tagalog root has, or by
    // their first two consonants.
    ['hinold', 'hold', false],
    ['dinump', 'dump', false],
    ['nagswim', 'swim', false],
    ['idrag', 'drag', false],
    ['nagspray', 'spray', false],
    ['nagyelp', 'yelp', false],
    ['nagstream', 'stream', false],
    ['puting', 'puti', true],
    ['batang', 'bata', true],
    ['ibong', 'ibon', false],
    ["kami'y", 'kami', true],
    ['ako’y', 'ako', true],
    // 'y on a pronoun (or umano) written without its apostrophe.
    ['akoy', 'ako', true],
    ['siyay', 'siya', true],
    ['kayoy', 'kayo', true],
    ['umanoy', 'umano', false],
    ["tama't", 'tama', true],
    // A host's final n dropped before 'y, as verse and formal prose write it.
    ["paarala'y", 'paaralan', false],
    ["kapaligira'y", 'ligid', false],
    // Letters dropped at an apostrophe inside the word.
    ["ika't", 'ikaw', true],
    ["doo'y", 'doon', true],
    ["ganoo't", 'ganoon', true],
    ["sa'n", 'saan', true],
    ["pa'no", 'paano', false],
    ["sa'tin", 'atin', true],
    ["sa'kin", 'akin', true],
    ['nag-email', 'email', true],
    ['i-download', 'download', true],
    ['mag-post', 'post', true],
    // English roots written as is, without a hyphen, and ni- with one.
    ['pinrint', 'print', false],
    ['nagflex', 'flex', false],
    ['chinat', 'chat', false],
    ['ni-record', 'record', true],
    // A copied onset of two consonants before a hyphen, and a dropped o marked by an apostrophe.
    ['magbra-browse', 'browse', true],
    ['nagfla-flirt', 'flirt', true],
    ["ro'n", 'doon', false],
    // After a hyphen, English onsets no Tagalog word has.
    ['na-scan', 'scan', false],
    ['i-screen', 'screen', false],
    ['nag-throw', 'throw', false],
    // After a hyphen an English root may have y for its vowel; y before a vowel is still a glide.
    ['mag-gym', 'gym', true],
    ['nag-cycle', 'cycle', true],
    ['i-dry', 'dry', false],
    ['nag-dyaryo', 'dyaryo', true],
    ['companies', 'company', false],
    ['supporter', 'support', false],
    // A Spanish participle's verb is among the readings, behind the word: in -a as Tagalog took
    // most verbs in -ar (their third person), in -o where it took the noun, or with no vowel.
    ['arestado', 'aresto', false],
    ['kumpirmado', 'kumpirma', false],
    ['preparado', 'prepara', false],
    ['interesado', 'interes', false],
    // A loan's final e raised to i before -hin/-han.
    ['aatakihin', 'atake', false],
    ['kapihan', 'kape', false],
    // papag-…-in, the causative of a mag- verb.
    ['papagtrabahuhin', 'trabaho', true],
    ['pinapagbayad', 'bayad', true],
    // An irregular stem: `hingan` (ask of) ← hingi.
    ['hinihingan', 'hingi', true],
    // `di` is `'di` (hindi) written without its apostrophe, behind the word itself.
    ['di', 'hindi', false],
    ['ramdam', 'damdam', false],
  ],
};

describe.each(Object.entries(FAMILIES))('%s', (_family, rows) => {
  it.each(rows)('%s → %s', (word, root, first) => {
    const candidates = candidateRoots(word);
    expect(candidates).toContain(root);
    if (first) expect(candidates[0]).toBe(root);
  });
});

// Analyses that must not be produced: a root and/or a piece the word does not have.
const NEGATIVE: readonly (readonly [
  word: string,
  root: string | undefined,
  form: string | undefined,
])[] = [
  ['ulan', 'lan', undefined],
  // 'y without its apostrophe is read on pronouns and umano only: roots end in -y.
  ['bahay', 'baha', "'y"],
  ['kahoy', 'kaho', "'y"],
  ['sabay', 'saba', "'y"],
  // r after a consonant-final prefix is the root's own: no d restored.
  ['magreklamo', 'deklamo', undefined],
  ['nagretiro', 'detiro', undefined],
  // ma- + a root in la-, not mala- + a root of one syllable.
  ['malakas', 'kas', undefined],
  ['malawak', 'wak', undefined],
  // tig- is read off numerals only: tigdas (measles) and tigre (tiger) are roots.
  ['tigdas', 'das', 'tig-'],
  ['tigreng', undefined, 'tig-'],
  // A root written whole after a hyphen keeps no lemma's ma- (`naging` ← maging does).
  ['na-stuck', 'mastuck', undefined],
  ['nag-chat', 'mag-chat', undefined],
  // ika- + a numeral other than dalawa and tatlo: no first syllable restored.
  ['ikasiyam', 'dasiyam', undefined],
  // A copy of part of each side of a hyphen is of two syllables: no `ban` or `ang` copied.
  ['nangingibang-bansa', 'ibansa', undefined],
  ['pang-angat', 'pangat', undefined],
  // the nasal before the root's consonant is no substitution: no pa- word pana…
  ['pandaigdig', 'panaigdig', undefined],
  ['alagaan', undefined, 'ala-'],
  ['alaskado', undefined, 'alas-'],
  ['ulan', undefined, 'u-'],
  ['bahay', undefined, '-ah-'],
  ['bahay', 'bay', undefined],
  ['ibon', 'bon', undefined],
  ['ilog', 'log', undefined],
  ['mata', 'ta', undefined],
  ['kama', 'ma', undefined],
  ['palad', 'lad', undefined],
  ['pagod', 'od', undefined],
  ['anak', 'nak', undefined],
  ['pinto', 'pto', undefined],
  ['gabi', 'bi', undefined],
  ['sumbong', 'sbong', undefined],
  // maging keeps ma- and ends in ng itself: not na- + gin + the linker.
  ['naging', 'magin', undefined],
  ['nagiging', 'magin', undefined],
  // Foreign words are not respelled and then taken apart: e for i inside the last syllable, u
  // for o at the end or after a vowel.
  ['karen', 'karo', undefined],
  ['miles', 'bilis', undefined],
  ['malibu', 'libo', undefined],
  // Only the enclitics write their d as r (`rin` is din); a one-syllable root takes no nasal.
  ['relay', 'delay', undefined],
  ['rosas', 'dosas', undefined],
  ['mark', 'park', undefined],
  ['mill', 'bill', undefined],
  // An r after an infix is the root's own: no d restored.
  ['rumaragasa', 'daragasa', undefined],
  ['rumaket', 'daket', undefined],
];

describe('analyses that must not be produced', () => {
  it.each(NEGATIVE)('%s: not root %s, not piece %s', (word, root, form) => {
    for (const analysis of analyze(word)) {
      if (root !== undefined) expect(analysis.root).not.toBe(root);
      if (form !== undefined)
        expect(analysis.affixes.map((affix) => affix.form)).not.toContain(form);
    }
  });

  // A lemma that keeps `ma-` (see the short roots) does not list it as a piece of the word too.
  it.each([
    ['makro', 'makro', ''],
    ['mabnet', 'mabnet', ''],
    ['magiging', 'maging', 'gi-'],
  ])('%s as %s has the pieces [%s]', (word, root, pieces) => {
    const first = analyze(word).find((analysis) => analysis.root === root);
    expect(first?.affixes.map((affix) => affix.form).join(' ')).toBe(pieces);
  });

  it('trusts a consonant-final prefix before a vowel less without the hyphen', () => {
    // `mag-` + `aral` is written mag-aral; `magaral` is more likely something else.
    const score = (word: string) =>
      analyze(word).find((a) => a.root === 'aral' && a.affixes[0]?.id === 'mag')?.score ??
      -Infinity;
    expect(score('magaral')).toBeLessThan(score('mag-aral'));
  });
});

type FeatureRow = readonly [
  word: string,
  root: string,
  aspect: string | undefined,
  focus: string | undefined,
];

const FEATURES: readonly FeatureRow[] = [
  ['kumain', 'kain', 'completed', 'actor'],
  ['kumakain', 'kain', 'incompleted', 'actor'],
  ['kakain', 'kain', 'contemplated', undefined],
  ['kinain', 'kain', 'completed', 'object'],
  ['kinakain', 'kain', 'incompleted', 'object'],
  ['kakainin', 'kain', 'contemplated', 'object'],
  ['kainin', 'kain', 'infinitive', 'object'],
  ['nagluto', 'luto', 'completed', 'actor'],
  ['nagluluto', 'luto', 'incompleted', 'actor'],
  ['magluluto', 'luto', 'contemplated', 'actor'],
  ['ibinigay', 'bigay', 'completed', 'object'],
  ['ibibigay', 'bigay', 'contemplated', 'object'],
  ['sinulatan', 'sulat', 'completed', 'locative'],
  ['ipinagluto', 'luto', 'completed', 'benefactive'],
  // mai- and nai- are ma- and na- on i-, whose focus they keep.
  ['naisulat', 'sulat', 'completed', 'object'],
  ['naiuuwi', 'uwi', 'incompleted', 'object'],
  ['maipagluto', 'luto', 'infinitive', 'benefactive'],
  ['ipanghiwa', 'hiwa', 'infinitive', 'instrumental'],
  // Under i-, pang- names the thing used where its nasal closes a syllable of its own; where the
  // nasal starts the root's syllable the verb is a mang- verb's, of the thing acted on.
  ['ipinanlaban', 'laban', 'completed', 'instrumental'],
  ['ipantustos', 'tustos', 'infinitive', 'instrumental'],
  ['ipang-ahit', 'ahit', 'infinitive', 'instrumental'],
  ['ipinanganak', 'anak', 'completed', 'object'],
  ['ipamamahagi', 'bahagi', 'contemplated', 'object'],
  ['ipinanukala', 'tukala', 'completed', 'object'],
  ['pagsulat', 'sulat', undefined, undefined],
  // The nasal fused with a paN- word is maN-'s, or as n- naN-'s: an actor-focus verb.
  ['managinip', 'panaginip', 'infinitive', 'actor'],
  ['nanaginip', 'panaginip', 'completed', 'actor'],
  ['nananaginip', 'panaginip', 'incompleted', 'actor'],
  ['mananalangin', 'panalangin', 'contemplated', 'actor'],
  // With a suffix, pag- makes a verb of the locative or object focus, no noun.
  ['pag-isipan', 'isip', 'infinitive', 'locative'],
  ['pinagtawanan', 'tawa', 'completed', 'locative'],
  ['pinag-uusapan', 'usap', 'incompleted', 'locative'],
  ['pagsisikapan', 'sikap', 'contemplated', 'locative'],
  ['paghaluin', 'halo', 'infinitive', 'object'],
  ['pagtabihin', 'tabi', 'infinitive', 'object'],
  ['pagsasabayin', 'sabay', 'contemplated', 'object'],
  // pakiki- makes the noun of a maki- verb; paki- alone, or with a suffix, a verb.
  ['pakikipagkita', 'kita', undefined, undefined],
  ['pakikialam', 'alam', undefined, undefined],
  ['pakikipag-ugnayan', 'ugnay', undefined, undefined],
  ['pakibantayan', 'bantay', 'infinitive', 'locative'],
  // ka- with the root's first syllable copied: just done, with no focus (the doer is in the
  // ng-form: `kalalabas lang niya`). The colloquial kaka- copies the prefix's own syllable.
  ['kalalabas', 'labas', 'recentlyCompleted', undefined],
  ['kasisimula', 'simula', 'recentlyCompleted', undefined],
  ['kaaalis', 'alis', 'recentlyCompleted', undefined],
  ['kakauwi', 'uwi', 'recentlyCompleted', undefined],
  ['kararating', 'dating', 'recentlyCompleted', undefined],
  // With -an the same pieces make a noun of what something comes to: `kasasapitan` (fate).
  ['kasasapitan', 'sapit', undefined, undefined],
  // ka-…-han on a root, no copy: `kababaihan` (womenfolk) is babae, its e raised before -han.
  ['kababaihan', 'babae', undefined, undefined],
];

// A prefix written with a syllable copied into it is shown as the prefix and the copied syllable;
// two prefixes that make one prefix of the table (`mag-` + `ka-`) are read as that one first.
const PIECES: readonly [word: string, root: string, pieces: string][] = [
  ['nakikipaglaro', 'laro', 'nakipag- ki-'],
  ['nagpapaluto', 'luto', 'nagpa- pa-'],
  ['makakapagsulat', 'sulat', 'makapag- ka-'],
  ['magkakaroon', 'roon', 'magka- ka-'],
];

describe('pieces of a prefix with a copied syllable', () => {
  it.each(PIECES)('%s (%s): %s', (word, root, pieces) => {
    const first = analyze(word).find((candidate) => candidate.root === root);
    expect(first?.affixes.toReversed().map((affix) => affix.form)).toEqual(pieces.split(' '));
  });
});

// tag- (a season: tag-init) takes no copied syllable: taga- before a hyphen is taga- (from, of),
// whatever the place or root after it starts with.
describe('taga- before a hyphen', () => {
  it.each([
    ['taga-isabela', 'isabela'],
    ['taga-ormoc', 'ormoc'],
    ['taga-antipolo', 'antipolo'],
    ['taga-gumaca', 'gumaca'],
  ])('%s is taga- + %s', (word, root) => {
    const [first] = analyze(word);
    expect(first?.root).toBe(root);
    expect(first?.affixes.map((affix) => affix.form)).toEqual(['taga-']);
  });
});

describe('aspect and focus', () => {
  it.each(FEATURES)('%s (%s): %s, %s', (word, root, aspect, focus) => {
    const analysis = analyze(word).find((candidate) => candidate.root === root);
    expect(analysis).toBeDefined();
    expect(analysis?.aspect).toBe(aspect);
    expect(analysis?.focus).toBe(focus);
  });

  it('reads ka- and a copied syllable as a verb just done, its final ng the root’s', () => {
    for (const word of ['kabibili', 'kasasakay', 'kararating', 'kapapasok']) {
      const [best] = analyze(word);
      expect(best?.posHint).toBe('verb');
      expect(best?.aspect).toBe('recentlyCompleted');
    }
    expect(analyze('kararating')[0]?.root).toBe('dating');
  });

  it('reads pa- copied with no verbal affix as direction, not aspect', () => {
    for (const [word, root] of [
      ['papauwi', 'uwi'],
      ['papataas', 'taas'],
      ["papalakas'y", 'lakas'],
    ] as const) {
      const analysis = analyze(word).find((candidate) => candidate.root === root);
      expect(analysis?.affixes.map((affix) => affix.id).slice(0, 2)).toEqual(['pa', 'redup-pa']);
      expect(analysis?.aspect).toBeUndefined();
    }
    // Under a verbal affix the copy is aspect: `ipinapakita` (is being shown).
    const shown = analyze('ipinapakita').find((candidate) => candidate.root === 'kita');
    expect(shown?.affixes.map((affix) => affix.id)).toContain('redup-cv');
    expect(shown?.aspect).toBe('incompleted');
  });

  it('reads pag- under pa- as the causative of a verb, not a noun of the action', () => {
    const analysis = analyze('papagbayarin').find((candidate) => candidate.root === 'bayad');
    expect(analysis?.affixes.map((affix) => affix.id)).toEqual(['suffix-in', 'pag', 'pa']);
    expect(analysis?.posHint).toBe('verb');
    expect(analysis?.focus).toBe('object');
  });

  it('hints a part of speech from the affixes', () => {
    expect(analyze('nagluto')[0]?.posHint).toBe('verb');
    expect(analyze('pagsulat')[0]?.posHint).toBe('noun');
    expect(analyze('paghaluin')[0]?.posHint).toBe('verb');
    expect(analyze('pakikipagpulong')[0]?.posHint).toBe('noun');
    expect(analyze('pakikipag-ugnayan')[0]?.posHint).toBe('noun');
    expect(analyze('pakikialam')[0]?.posHint).toBe('noun');
    expect(analyze('pakibigay')[0]?.posHint).toBe('verb');
    expect(analyze('ikalima')[0]?.posHint).toBe('numeral');
  });
});

describe('whole-word forms', () => {
  it.each([
    ["'di", 'hindi'],
    ['‘yon', 'iyon'],
    ['rin', 'din'],
    ['raw', 'daw'],
    ['roon', 'doon'],
    ['noong', 'noon'],
    ['yong', 'iyon'],
    // Informal spellings of the last syllable under affixes: u for o, e for i.
    ['sumunud', 'sunod'],
    ['binugbug', 'bugbog'],
    ['binile', 'bili'],
    ['kinaen', 'kain'],
  ])('%s → %s', (word, root) => {
    expect(candidateRoots(word)).toContain(root);
  });

  // Short forms of everyday speech come before the full word they stand for, which follows.
  it.each([
    ['wag', 'huwag'],
    ['tsaka', 'saka'],
  ])('%s, then %s', (word, full) => {
    const roots = candidateRoots(word);
    expect(roots).toContain(full);
    expect(roots.indexOf(word)).toBeLessThan(roots.indexOf(full));
  });

  it('keeps the pieces in the order they are added, innermost first', () => {
    const analysis = analyze('pinag-aaralan').find((candidate) => candidate.root === 'aral');
    expect(analysis?.affixes.map((affix) => affix.kind)).toEqual([
      'reduplication',
      'circumfix',
      'infix',
    ]);
  });
});

const SAMPLE = [
  'kumain',
  'magkakasamang',
  'Nakikipagtulungan',
  'pag-asa',
  'iba’t',
  'sama-sama',
  'ulan',
  'a',
  'ng',
  "'y",
  '-anyos',
  'x-ray',
];

describe('invariants', () => {
  it.each(SAMPLE)('%s: identity present, roots non-empty, scores ordered', (word) => {
    const analyses = analyze(word);
    const key = analyses[0]?.form ?? '';
    expect(analyses.some((a) => a.root === key && a.affixes.length === 0)).toBe(true);
    for (const [index, analysis] of analyses.entries()) {
      expect(analysis.root.length).toBeGreaterThan(0);
      expect(analysis.form).toBe(key);
      if (index > 0) expect(analysis.score).toBeLessThanOrEqual(analyses[index - 1]!.score);
    }
  });

  it.each(SAMPLE)('%s: no two analyses share a root and chain', (word) => {
    const ids = analyze(word).map(
      (a) => `${a.root}|${a.affixes.map((affix) => affix.id + affix.form).join(' ')}`,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('normalizes case, curly apostrophes and accents like the lexicon key', () => {
    expect(candidateRoots('KUMAIN')).toEqual(candidateRoots('kumain'));
    expect(candidateRoots('iba’t')).toEqual(candidateRoots("iba't"));
    expect(candidateRoots('basà')).toEqual(candidateRoots('basa'));
  });

  it('is deterministic, with the memo or without it', () => {
    const first = SAMPLE.map((word) => candidateRoots(word));
    const again = SAMPLE.map((word) => candidateRoots(word));
    expect(again).toEqual(first);
    const unmemoized = SAMPLE.map((word) => candidateRoots(word.toUpperCase(), { memo: false }));
    expect(unmemoized).toEqual(first);
  });

  // Long words past the limit of analyses too: the roots come from the same readings.
  it.each([...SAMPLE, 'pinakikinggan', 'pinaglalabanan', 'makapagpapasaya', 'IPINAMAMAHAGI'])(
    '%s: candidateRoots gives the distinct roots of the analyses, in order',
    (word) => {
      const roots = [...new Set(analyze(word).map((analysis) => analysis.root))];
      expect(candidateRoots(word)).toEqual(roots);
      expect(candidateRoots(word, { memo: false })).toEqual(roots);
    },
  );

  it('returns nothing for an empty word and distinct roots from candidateRoots', () => {
    expect(analyze('')).toEqual([]);
    const roots = candidateRoots('magkakasamang');
    expect(new Set(roots).size).toBe(roots.length);
  });
});

// Which of two readings comes first, where both roots are words: [word, root, a look-alike it
// must be ranked before].
const RANKED_BEFORE: Record<string, readonly (readonly [string, string, string])[]> = {
  // A contracted word is read in full also under a clitic, a linker or a full reduplication.
  'contracted words': [
    ["kanya'y", 'kaniya', 'kanya'],
    ["aniya'y", 'ani', 'aniya'],
    ['konting-konti', 'kaunti', 'konti'],
    // Everyday spellings of question words and conjunctions, with the linker too.
    ['panong', 'paano', 'ano'],
    ['‘yung', 'iyon', 'iyun'],
    ['dun', 'doon', 'dun'],
    ['ganong', 'ganoon', 'gano'],
    ["'pag", 'kapag', 'ipag'],
    ['‘Wag', 'huwag', 'iwag'],
    ['nasan', 'nasaan', 'nasan'],
    // A host of 't or 'y that lost letters before it.
    ["bagama't", 'bagaman', 'bagama'],
    ["gayunma'y", 'gayunman', 'gayunma'],
    ["subali't", 'subalit', 'subali'],
    ["nama'y", 'naman', 'nama'],
  ],
  // `i-` has a focus of its own and takes no object-focus -in: a root in -in stays whole.
  'no -in under i-': [
    ['itinagubilin', 'tagubilin', 'tagubil'],
    ['ipinanalangin', 'dalangin', 'dalang'],
    ['ibinilin', 'bilin', 'binil'],
  ],
  // `-ung` is -on + -g written with u, also once the u is respelled o.
  '-ung is -on + -g': [
    ['ngayung', 'ngayon', 'ngayo'],
    ['iyung', 'iyon', 'iyo'],
  ],
  // After an actor-focus affix (or the bare reduplication of the contemplated aspect), a final
  // -ng or -g is more often the root's than the linker.
  'linker after an actor-focus verb': [
    ['dumaing', 'daing', 'dai'],
    ['umiling', 'iling', 'ili'],
    ['humiling', 'hiling', 'hili'],
    ['nagsumbong', 'sumbong', 'sumbo'],
    ['nagtatanong', 'tanong', 'tanon'],
    ['gagaling', 'galing', 'gali'],
    ['tutulong', 'tulong', 'tulo'],
    ['lulutang', 'lutang', 'luta'],
  ],
  // -ing is a vowel-final root + -ng more often than -in + -g.
  'linker after -in': [
    ['bahaging', 'bahagi', 'bahag'],
    ['ugaling', 'ugali', 'ugal'],
  ],
  // The enclitic particles (and umano) are words of their own.
  particles: [
    ["umano't", 'umano', 'ano'],
    ["naman'y", 'naman', 'maman'],
    // Conjunctions ending in ng are words of their own, not a word + the linker; under affixes
    // the linker is read as usual.
    ['hanggang', 'hanggang', 'hangga'],
    ['tuwing', 'tuwing', 'tuwi'],
    ['mahabang', 'haba', 'habang'],
  ],
  // magkaroon and its kin (mag-ka- + roon) are filed under mayroon (naroroon is na- + doon);
  // ordinals of dalawa and tatlo drop the first consonant; matay is patay nasalized; natili
  // (manatili, stay) is a stem of tili; kamakailan (recently) is filed under kailan.
  'filed under another word': [
    ['kamakailang', 'kailan', 'ilan'],
    ['nagkakaroon', 'mayroon', 'doon'],
    ['makakaroon', 'mayroon', 'doon'],
    ['naroroon', 'doon', 'mayroon'],
    ["pangalawa'y", 'dalawa', 'lawa'],
    ["pangatlo't", 'tatlo', 'atlo'],
    ['ikamamatay', 'patay', 'matay'],
    ['mananatili', 'tili', 'natili'],
    // With the linker taken off, the word it is filed under follows the form without it, not
    // the word with its linker (a question word + man under the question word).
    ['sinumang', 'sino', 'sinumang'],
    ['kailanmang', 'kailan', 'kailanmang'],
  ],
  // A syllable copied before a hyphen is aspect: the root is spelled whole after it.
  'reduplication before a hyphen': [
    ['nagpo-post', 'post', 'nagpo-post'],
    ['magda-drive', 'drive', 'magda-drive'],
    ['nag-i-invest', 'invest', 'nag-i-invest'],
    ['ipo-post', 'post', 'ipo-post'],
    ['re-elect', 're-elect', 'r-elect'],
    // -in- or -um- inside the copy.
    ['tine-text', 'text', 'tine-text'],
    ['binu-book', 'book', 'binu-book'],
  ],
  // paki- (please) inside i- and ipina-; ipa- + a root in ki- stays ipa-.
  'paki- inside i-': [
    ['ipakiluto', 'luto', 'kiluto'],
    ['ipinakibili', 'bili', 'kibili'],
    ['ipakilala', 'kilala', 'lala'],
  ],
  // Words that look affixed but are dictionary headwords come before their look-alike parts,
  // alone, with the linker and under affixes of their own.
  'lexicalized words': [
    ['kailangan', 'kailangan', 'ilang'],
    ['kinakailangang', 'kailangan', 'ilang'],
    ['pamilyang', 'pamilya', 'pilya'],
    ['kapakinabangan', 'pakinabang', 'kinabang'],
    ['paanong', 'paano', 'ano'],
    ['kailan', 'kailan', 'ilan'],
    ['magkanong', 'magkano', 'kano'],
    ['kaninang', 'kanina', 'nina'],
    ['napapanahon', 'panahon', 'dahon'],
    ['pagkapangulo', 'pangulo', 'ulo'],
    ['tagapamagitan', 'pagitan', 'pagit'],
    ['ipinanalangin', 'dalangin', 'talangin'],
    ['pinakamapanganib', 'panganib', 'anib'],
    ['kapanganiban', 'panganib', 'anib'],
    ['pumagitan', 'pagitan', 'pagit'],
    ['ilalim', 'ilalim', 'lalim'],
    ['nagbibinata', 'binata', 'bata'],
    ['babalang', 'babala', 'bala'],
    ['nanalo', 'panalo', 'talo'],
    ['sinuman', 'sinuman', 'suman'],
    ['kaninumang', 'kaninuman', 'ninom'],
    ['mamayang', 'mamaya', 'maya'],
    ['nasaan', 'nasaan', 'saan'],
    ['magpakailanman', 'kailanman', 'ilanm'],
    ['makina', 'makina', 'kina'],
    ['kapilya', 'kapilya', 'pilya'],
    ['pinakamalamang', 'malamang', 'laman'],
    ['parehas', 'parehas', 'rehas'],
    ['palapag', 'palapag', 'lapag'],
    // The linker on `noon` (then), not on noo (forehead).
    ['noong', 'noon', 'noo'],
    // Such a word gains nothing under affixes of its own: `kinapitan` is kapit + -in- + -an.
    ['kinapitan', 'kapit', 'kapitan'],
    ['pinalapag', 'lapag', 'palapag'],
  ],
  // alam (know) merges its a with a prefix's before -an; laman (content) keeps its own.
  'alam under ma- and na-': [
    ['malalaman', 'alam', 'laman'],
    ['napag-alaman', 'alam', 'laman'],
    ['nilalaman', 'laman', 'alam'],
    // Only alam: kalamnan (muscle) is ka- + laman + -an.
    ['kalamnan', 'laman', 'alamn'],
  ],
  // Under pinaka- a root in CinV or CumV stays whole where no copied syllable follows the infix.
  'a root in CinV under pinaka-': [
    ['pinakasinungaling', 'sinungaling', 'sungaling'],
    ['pinakabinata', 'binata', 'bata'],
  ],
  // A Spanish word in -ado is its own lemma before a participle of a root in -o.
  'words in -ado': [
    ['delikadong', 'delikado', 'deliko'],
    ['sabado', 'sabado', 'sabo'],
    ['kumpirmado', 'kumpirmado', 'kumpirmo'],
  ],
  // An English plural in a consonant + s: the singular first.
  'English plurals': [
    ['tickets', 'ticket', 'tickets'],
    ['computers', 'computer', 'computers'],
    // Four letters in -es lose the s; -ed does not (`seed` is no "see" + -d).
    ['ages', 'age', 'ag'],
  ],
  // An English possessive: the word as written, then the word without 's.
  'English possessives': [
    ["teacher's", "teacher's", 'teacher'],
    ['driver’s', "driver's", 'driver'],
  ],
  // The linker set apart by an apostrophe, on a word of two syllables or more.
  'the linker after an apostrophe': [
    ["sino'ng", 'sino', "sino'n"],
    ["tayo'ng", 'tayo', "tayo'n"],
  ],
  // A hyphen keeps the root as spelled: r stays r.
  'no d for r after a hyphen': [
    ['mag-relax', 'relax', 'delax'],
    ['magre-record', 'record', 'decord'],
  ],
  // Common roots whose final ng is their own, under affixes too, before a look-alike + -ng.
  'a root ending in ng': [
    ['ipinakulong', 'kulong', 'kulo'],
    ['pinulong', 'pulong', 'pulo'],
    ['katulong', 'tulong', 'tulo'],
    ['ipagdiriwang', 'diwang', 'diwa'],
    ['pagsulong', 'sulong', 'sulo'],
    ['isinulong', 'sulong', 'sulo'],
    ['tinimbang', 'timbang', 'timba'],
    ['ipinatong', 'patong', 'pato'],
    ['matapang', 'tapang', 'tapa'],
    // … under prefixes and infixes only, where alone the word is a look-alike + the linker
    ['isinisilang', 'silang', 'sila'],
    ['nalulong', 'lulong', 'lulon'],
    ['ituntong', 'tuntong', 'tunto'],
    ['pananambang', 'tambang', 'tamba'],
    // roots that look like ka- or a copied syllable + a root
    ['pagkalinga', 'kalinga', 'linga'],
    ['kinakalikot', 'kalikot', 'likot'],
    ['itinatwa', 'tatwa', 'tuwa'],
    ['kaluluwa', 'kaluluwa', 'luwa'],
    ['mapangahas', 'pangahas', 'ahas'],
    ['kapanatagan', 'panatag', 'latag'],
    ['nakahagdan', 'hagdan', 'hagod'],
    ['hinaing', 'hinaing', 'haing'],
    ['kabaong', 'kabaong', 'bao'],
    ['nagkakaibigan', 'kaibigan', 'ibig'],
    ['pakikipagkaibigan', 'kaibigan', 'ibig'],
    // roots that start like a copied syllable, under affixes
    ['patatagin', 'tatag', 'taga'],
    ['tinatakan', 'tatak', 'taka'],
    ['kinikilan', 'kikil', 'kilo'],
    // a k that pang- or mang- replaced is the root's, not ka-
    ['pangalagaan', 'alaga', 'laga'],
    ['mangangabayo', 'kabayo', 'bayo'],
    // A common root in n: -g on it before a look-alike in a vowel with -ng.
    ['kalabang', 'laban', 'laba'],
    ['panlabang', 'laban', 'laba'],
    ['kababayang', 'bayan', 'baya'],
    ['pambayang', 'bayan', 'baya'],
    ['nagngangalang', 'ngalan', 'ngala'],
  ],
  // A lexicalized word with only the linker on it, before its letters read otherwise.
  'a lexicalized word + the linker': [
    ['pangulong', 'pangulo', 'kulong'],
    ['kelangang', 'kailangan', 'kelanga'],
    ['saanmang', 'saanman', 'saanma'],
  ],
  // A lexicalized word that only looks like a copied syllable + a root, under affixes too.
  'a word that looks copied': [['binabalaan', 'babala', 'bala']],
  // A root in CuCo or CoCu, before its letters read as a copy with the other vowel + a root.
  'a root that looks copied with the other vowel': [['nakatutok', 'tutok', 'atok']],
  // pang- before a vowel: the few roots in ng keep it more often than roots in k lose theirs.
  'pang- on a root in ng': [
    ['pangiwi', 'ngiwi', 'kiwi'],
    ['panginig', 'nginig', 'kinig'],
    ['pangatog', 'ngatog', 'katog'],
  ],
  // `du'ng` is doong written -ung: doon + -g, not doo + -ng.
  "-u'ng is -on + -g": [
    ["du'ng", 'doon', 'doo'],
    ["ganu'ng", 'ganoon', 'ganoo'],
  ],
};

describe.each(Object.entries(RANKED_BEFORE))('first of two readings: %s', (_rule, rows) => {
  it.each(rows)('%s: %s before %s', (word, root, other) => {
    const roots = candidateRoots(word);
    expect(roots).toContain(root);
    if (roots.includes(other)) expect(roots.indexOf(root)).toBeLessThan(roots.indexOf(other));
  });
});

describe('paN- words', () => {
  // A paN- word that is a word of its own is offered as its lemma, after the root.
  it.each([
    ['nangangako', 'ako', 'pangako'],
    ['nanakot', 'takot', 'panakot'],
    ['pinaniniwalaan', 'tiwala', 'paniwala'],
  ])('%s: %s, then %s', (word, root, paWord) => {
    const roots = candidateRoots(word);
    expect(roots).toContain(paWord);
    expect(roots.indexOf(root)).toBeLessThan(roots.indexOf(paWord));
  });
});

describe('pronoun sa-forms', () => {
  it.each([
    ['kanila', 'kanila'],
    ['kanilang', 'kanila'],
    ['kaniyang', 'kaniya'],
    ['kaninong', 'kanino'],
  ])('%s is %s, not ka- + a ng-form pronoun', (word, saForm) => {
    const roots = candidateRoots(word);
    const pronoun = roots.indexOf(saForm);
    expect(pronoun).toBeGreaterThanOrEqual(0);
    for (const ngForm of ['nila', 'niya', 'niyan', 'nilan', 'nino', 'ninon'])
      if (roots.includes(ngForm)) expect(roots.indexOf(ngForm)).toBeGreaterThan(pronoun);
  });

  // The question word's case forms, as the personal pronouns' (niya under siya): the form first.
  it.each([
    ['nino', 'nino'],
    ['kanino', 'kanino'],
    ['kaninong', 'kanino'],
  ])('%s is filed under sino too, after %s', (word, form) => {
    const roots = candidateRoots(word);
    expect(roots.indexOf(form)).toBeGreaterThanOrEqual(0);
    expect(roots.indexOf('sino')).toBeGreaterThan(roots.indexOf(form));
  });
});
