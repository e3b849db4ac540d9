// Forms that several entries fit, looked up in the shipped lexicon with the real analyzer: the
// reading a learner should see first. Written from Tagalog usage, not from any annotated corpus.
import { describe, expect, it } from 'vitest';
import { lookupWord, type SentenceContext } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';
import { lexiconFromDisk } from '../../../src/cli/lexiconFromDisk';

const lexicon = lexiconFromDisk();

function best(word: string, context?: SentenceContext) {
  const [reading] = lookupWord(lexicon, analyze, word, context).readings;
  return reading && { lemma: reading.lemma, pos: reading.derived?.pos ?? reading.entry.pos[0] };
}

describe('ambiguous forms', () => {
  it.each([
    // verbal affixes call for the verb `tayo` "stand, build", not the pronoun "we"
    ['magtatayo', 'tayo', 'verb'],
    ['itinayo', 'tayo', 'verb'],
    ['tayo', 'tayo', 'pronoun'],
    ['tayong', 'tayo', 'pronoun'],
    // a pronoun or particle with the linker, not a rarer root written the same
    ['silang', 'sila', 'pronoun'],
    ['kanilang', 'kanila', 'pronoun'],
    ['niyang', 'niya', 'pronoun'],
    ['kong', 'ko', 'pronoun'],
    ['ring', 'din', 'particle'],
    // -um- on `dating` "arrive", not `dati` "formerly" with a linker
    ['dumating', 'dating', 'verb'],
    // a derived form with its own meaning is found under its root
    ['pagkakataon', 'taon', 'noun'],
    ['mamimili', 'bili', 'noun'],
    ['kumita', 'kita', 'verb'],
    // -in- and -in on `pili` "chosen" / `kain`, not `ina` "mother" after a stripped prefix
    ['pinili', 'pili', 'adjective'],
    ['kainin', 'kain', 'verb'],
    ['batang', 'bata', 'noun'],
    // loanwords keep the spelling they are written in
    ['pwedeng', 'pwede', 'adverb'],
    // a verbal prefix written apart from its verb (`nag aalala`) is glossed as the prefix
    ['nag', 'nag-', 'verb'],
    ['naka', 'naka-', 'verb'],
    ['makipag', 'makipag-', 'verb'],
    // `pag` alone is mostly `kapag` "when"
    ['pag', 'kapag', 'conjunction'],
    // a field named by its crop (mais + -an), not ma- + isa + -an
    ['maisan', 'mais', 'noun'],
    // a verb built on a noun root is given as a verb where the lexicon lists its meaning
    ['pinabilis', 'bilis', 'verb'],
    ['nagkakahalaga', 'halaga', 'verb'],
    // informal spellings of `nandiyan`, `nandoon` (is there)
    ['andyan', 'diyan', 'adverb'],
    ['nandun', 'doon', 'adverb'],
    // a conjunction contracted with `at`, under the word it contracts (hanggang + at)
    ["hangga't", 'hanggang', 'conjunction'],
    ['hanggat', 'hanggang', 'conjunction'],
    // the question words + man are words of their own, with the linker too
    ['alinmang', 'alinman', 'pronoun'],
    ['kaninuman', 'kaninuman', 'pronoun'],
    ['magpakailanman', 'kailanman', 'adverb'],
    // a verb built on a hyphenated compound: mang- + ibang-bansa "go abroad"
    ['nangingibang-bansa', 'ibang-bansa', 'verb'],
    // `panibago` (anew) under bago
    ['Panibagong', 'bago', 'adjective'],
    // English verbs under Tagalog affixes, as Taglish writes them
    ['i-click', 'click', 'verb'],
    ['nag-renew', 'renew', 'verb'],
    ['ni-repatriate', 'repatriate', 'verb'],
    ['na-hurt', 'hurt', 'verb'],
    ['mag-register', 'register', 'verb'],
    // words of literary prose
    ['malumanay', 'lumanay', 'adjective'],
    ['naglakas-loob', 'lakas-loob', 'verb'],
    // listed derived forms before a look-alike root: nakaw (steal), not takaw (greed)
    ['mananakaw', 'nakaw', 'noun'],
    ['isinauli', 'sauli', 'verb'],
    // a listed derived verb met in another aspect, before a look-alike root: ipamana (bequeath),
    // not pana (arrow); sayangin (waste), not saya (joy)
    ['ipinamana', 'mana', 'verb'],
    ['sinasayang', 'sayang', 'verb'],
    // hundreds written as one word, with the linker too: under daan (hundred), not daan (road)
    ['pitondaang', 'daan', 'numeral'],
    ['animnaraan', 'daan', 'numeral'],
    // kasya (fit, suffice), not ka- + sya (siya, he or she)
    ['magkakasya', 'kasya', 'verb'],
    // sa- + root where sa + root is itself a listed root: salamat (thanks), not lamat (crack)
    ['nagsasalamat', 'salamat', 'noun'],
    ['pagsagasa', 'sagasa', 'verb'],
    // the host of an enclitic is looked up as a form met whole: bayan (town), not baya
    ["bayan'y", 'bayan', 'noun'],
    // a word listed as written, before a form of another root + the linker (malaman + -g)
    ['Malamang', 'malamang', 'adverb'],
    // derived nouns filed under their roots, as the lemma convention has them
    ['pangalan', 'ngalan', 'noun'],
    ['pinuno', 'puno', 'noun'],
    // a noun listed on its own before a sense of a look-alike root + -an
    ['kawayan', 'kawayan', 'noun'],
    // a derived form that is no root, under affixes of its own, where no root is known
    ['kumakausap', 'usap', 'noun'],
    ['makapaghiganti', 'ganti', 'noun'],
    // … but not before a listed root the word's pieces leave
    ['magpatakaran', 'patakaran', 'noun'],
    // rare roots in the extra entries do not take a common word's place
    ['pinamamahalaan', 'bahala', 'noun'],
    ['magkakapatid', 'kapatid', 'noun'],
    ['namumuhunan', 'puhunan', 'verb'],
    ['napangalanang', 'ngalan', 'noun'],
    ['ipinanukalang', 'panukala', 'verb'],
    ['dugong', 'dugo', 'noun'],
    // panatag (calm) is no pang- + tatag (firmness)
    ['kapanatagan', 'panatag', 'noun'],
    // shopping is bili (buy), not pili (choose)
    ['pamimili', 'bili', 'noun'],
    // frequent news words whose look-alike came first: anib (join), dati (former)
    ['nanganganib', 'panganib', 'verb'],
    ['paparating', 'dating', 'adjective'],
    // a spelling of a listed noun with the linker, not sam- + pagitan (between)
    ['sampagitang', 'sampaguita', 'noun'],
    // English verbs under Tagalog affixes, written with the hyphen
    ['nai-isolate', 'isolate', 'verb'],
    ['nagpa-panic', 'panic', 'verb'],
    ['ni-repack', 'repack', 'verb'],
    ['ire-recycle', 'recycle', 'verb'],
    // an English verb does not take a Tagalog word's place: listahan is lista + -han, not list
    ['listahan', 'lista', 'noun'],
    // an English root in r after a prefix keeps its r (remote, not a d-root)
    ['naka-remote', 'remote', 'noun'],
    ['nakaremote', 'remote', 'noun'],
  ])('%s → %s (%s)', (word, lemma, pos) => {
    expect(best(word)).toEqual({ lemma, pos });
  });
});

// Words the reader's end-to-end test taps, checked here too: a rare root added to the lexicon
// (haging, a whizzing sound) must not take a common word's place (ipinamamahaging ← bahagi).
describe('affixed words of the seed article keep their roots', () => {
  it.each([
    ['nakikipagtulungan', 'tulong'],
    ['pinabilis', 'bilis'],
    ['magkakasamang', 'sama'],
    ['pananaliksik', 'saliksik'],
    ['ipinamamahaging', 'bahagi'],
    ['pamamahagi', 'bahagi'],
    ['nakatira', 'tira'],
  ])('%s → %s', (word, lemma) => {
    expect(best(word)?.lemma).toBe(lemma);
  });
});
