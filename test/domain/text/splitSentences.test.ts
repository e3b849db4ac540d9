import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../src/domain/text/splitSentences';

describe('splitSentences', () => {
  // Each row: the text and the sentences it must give.
  const rows: Array<[string, string, string[]]> = [
    [
      'two plain sentences',
      'Umulan kagabi sa Baguio. Sarado ang kalsada.',
      ['Umulan kagabi sa Baguio.', 'Sarado ang kalsada.'],
    ],
    [
      'question and exclamation',
      'Saan ka galing? Dito lang! Sige.',
      ['Saan ka galing?', 'Dito lang!', 'Sige.'],
    ],
    ['?! together', 'Talaga?! Hindi ako naniniwala.', ['Talaga?!', 'Hindi ako naniniwala.']],
    [
      'Gng. and G.',
      'Dumalo si Gng. Dela Paz at si G. Ramos sa pulong.',
      ['Dumalo si Gng. Dela Paz at si G. Ramos sa pulong.'],
    ],
    [
      'Bb. and Dr.',
      'Kinausap ni Bb. Lim si Dr. Tan. Umalis sila.',
      ['Kinausap ni Bb. Lim si Dr. Tan.', 'Umalis sila.'],
    ],
    [
      'Sen. and Atty.',
      'Nagsalita si Sen. Robles kasama si Atty. Uy kahapon.',
      ['Nagsalita si Sen. Robles kasama si Atty. Uy kahapon.'],
    ],
    [
      'Engr. and Gov.',
      'Engr. Bautista met Gov. Alonzo in Iloilo.',
      ['Engr. Bautista met Gov. Alonzo in Iloilo.'],
    ],
    [
      'Mr., Mrs. and Ms.',
      'Mr. and Mrs. Ocampo thanked Ms. Yu.',
      ['Mr. and Mrs. Ocampo thanked Ms. Yu.'],
    ],
    [
      'Jr. inside',
      'Ramon Bagatsing Jr. ay nanalo sa halalan.',
      ['Ramon Bagatsing Jr. ay nanalo sa halalan.'],
    ],
    [
      'Jr. at the end',
      'The award went to Pedro Aquino Jr. The crowd cheered.',
      ['The award went to Pedro Aquino Jr.', 'The crowd cheered.'],
    ],
    [
      'Blg. and No. before numbers',
      'Ayon sa Batas Blg. 45 at sa Kautusan No. 7, bawal ito.',
      ['Ayon sa Batas Blg. 45 at sa Kautusan No. 7, bawal ito.'],
    ],
    [
      'months before a day',
      'Magbubukas ito sa Ene. 15 at sasara sa Peb. 2. Handa na sila.',
      ['Magbubukas ito sa Ene. 15 at sasara sa Peb. 2.', 'Handa na sila.'],
    ],
    [
      'English months',
      'The fair runs from Jan. 8 to Feb. 20 in Pasig.',
      ['The fair runs from Jan. 8 to Feb. 20 in Pasig.'],
    ],
    [
      'atbp. ending a sentence',
      'Nagbenta sila ng bigas, asukal, atbp. Naubos agad.',
      ['Nagbenta sila ng bigas, asukal, atbp.', 'Naubos agad.'],
    ],
    [
      'atbp. inside',
      'Ang mga prutas, gulay atbp. ay mura ngayon.',
      ['Ang mga prutas, gulay atbp. ay mura ngayon.'],
    ],
    [
      'etc. ending a sentence',
      'They sold rice, sugar, oil, etc. Prices rose.',
      ['They sold rice, sugar, oil, etc.', 'Prices rose.'],
    ],
    [
      'e.g. and i.e.',
      'Bring tools, e.g. hammers, i.e. anything heavy.',
      ['Bring tools, e.g. hammers, i.e. anything heavy.'],
    ],
    [
      'hal.',
      'May mga hayop dito, hal. kalabaw at kambing.',
      ['May mga hayop dito, hal. kalabaw at kambing.'],
    ],
    [
      'company names',
      'Binili ng Ayala Corp. at Globe Telecom Inc. ang lupa.',
      ['Binili ng Ayala Corp. at Globe Telecom Inc. ang lupa.'],
    ],
    [
      'ranks and place words',
      'Dinala ni Insp. Cruz ang suspek sa Bgy. San Isidro malapit sa Mt. Banahaw. Tumakas siya.',
      [
        'Dinala ni Insp. Cruz ang suspek sa Bgy. San Isidro malapit sa Mt. Banahaw.',
        'Tumakas siya.',
      ],
    ],
    [
      'military ranks before names',
      'Pvt. Reyes and Cpl. Dizon were questioned by Lt. Col. Ferrer, and Pfc. Lopez by Spc. Yap. Pte. Ward and Brig. Gen. Ocampo were not. Adm. Cruz spoke.',
      [
        'Pvt. Reyes and Cpl. Dizon were questioned by Lt. Col. Ferrer, and Pfc. Lopez by Spc. Yap.',
        'Pte. Ward and Brig. Gen. Ocampo were not.',
        'Adm. Cruz spoke.',
      ],
    ],
    [
      'Philippine police ranks',
      'Ayon kay P/Sr. Supt. Ramos at kay P/Dir. Santos, nahuli ang suspek. Si P/Insp. Lim ang humuli.',
      [
        'Ayon kay P/Sr. Supt. Ramos at kay P/Dir. Santos, nahuli ang suspek.',
        'Si P/Insp. Lim ang humuli.',
      ],
    ],
    [
      'Dir. as a title and as a place',
      'Pumunta si Dir. Reyes sa Upper Dir. Ang lugar ay bulubundukin.',
      ['Pumunta si Dir. Reyes sa Upper Dir.', 'Ang lugar ay bulubundukin.'],
    ],
    [
      'brig as a word',
      'The sailor was sent to the brig. The captain said nothing.',
      ['The sailor was sent to the brig.', 'The captain said nothing.'],
    ],
    [
      'other titles before names',
      'Kasama ni Usec. Bautista si Asec. Medina at si Amb. Chua. Dumating din si Det. Garcia.',
      ['Kasama ni Usec. Bautista si Asec. Medina at si Amb. Chua.', 'Dumating din si Det. Garcia.'],
    ],
    [
      'street words inside and ending a sentence',
      'Nagsara ang tindahan sa Roxas Blvd. Ang mga kawani ay lumipat sa Aurora Blvd. Cubao. Nasa Main St. Ang opisina ngayon.',
      [
        'Nagsara ang tindahan sa Roxas Blvd.',
        'Ang mga kawani ay lumipat sa Aurora Blvd. Cubao.',
        'Nasa Main St.',
        'Ang opisina ngayon.',
      ],
    ],
    [
      'St. and Ave. before a name',
      'They prayed at St. Jude Church on Taft Ave. Manila side. Nobody came.',
      ['They prayed at St. Jude Church on Taft Ave. Manila side.', 'Nobody came.'],
    ],
    [
      'a barangay captain',
      'Kinausap ni Kap. Reyes ang mga residente. Umalis sila.',
      ['Kinausap ni Kap. Reyes ang mga residente.', 'Umalis sila.'],
    ],
    [
      'company name ending a sentence',
      'The deal was signed by Tan Holdings Inc. The shares rose.',
      ['The deal was signed by Tan Holdings Inc.', 'The shares rose.'],
    ],
    [
      'U.S. inside',
      'Dumating ang embahador ng U.S. kahapon.',
      ['Dumating ang embahador ng U.S. kahapon.'],
    ],
    [
      'U.S. ending a sentence',
      'She studied in the U.S. The school is in Ohio.',
      ['She studied in the U.S.', 'The school is in Ohio.'],
    ],
    ['U.K. before a name', 'The U.K. Parliament voted.', ['The U.K. Parliament voted.']],
    [
      'initials',
      'Si Jose P. Laurel ay naging pangulo. Si Manuel L. Quezon din.',
      ['Si Jose P. Laurel ay naging pangulo.', 'Si Manuel L. Quezon din.'],
    ],
    [
      'initial after a title',
      'Finance secretary R. Diokno spoke.',
      ['Finance secretary R. Diokno spoke.'],
    ],
    [
      'money and decimals',
      'Umabot sa P1.5 bilyon ang utang. Tumaas ng 3.5% ang presyo.',
      ['Umabot sa P1.5 bilyon ang utang.', 'Tumaas ng 3.5% ang presyo.'],
    ],
    ['dollars', 'It cost $3.2 million. Nobody paid.', ['It cost $3.2 million.', 'Nobody paid.']],
    [
      'URL and dotted names',
      'Bisitahin ang www.halimbawa.ph o ang Shopee.ph ngayon. Libre ito.',
      ['Bisitahin ang www.halimbawa.ph o ang Shopee.ph ngayon.', 'Libre ito.'],
    ],
    [
      'quote after the stop',
      'Sabi niya, "Uuwi na ako." Tumango ang ina.',
      ['Sabi niya, "Uuwi na ako."', 'Tumango ang ina.'],
    ],
    [
      'curly quote after the stop',
      'He said, “We will win.” They lost.',
      ['He said, “We will win.”', 'They lost.'],
    ],
    [
      'nested quotes',
      'Ani Lea, “Sinabi niyang ‘Bukas na.’” Naghintay kami.',
      ['Ani Lea, “Sinabi niyang ‘Bukas na.’”', 'Naghintay kami.'],
    ],
    [
      'question inside a quote, speech tag after',
      '"Kailan ka babalik?" tanong ni Ana.',
      ['"Kailan ka babalik?" tanong ni Ana.'],
    ],
    [
      'ellipsis before lower case',
      'Hindi ko alam... baka bukas.',
      ['Hindi ko alam... baka bukas.'],
    ],
    [
      'ellipsis before a new sentence',
      'Naghintay kami… Walang dumating.',
      ['Naghintay kami…', 'Walang dumating.'],
    ],
    [
      'stop before a number',
      'Nanalo sila noong 2019. 2020 ang sumunod na laban.',
      ['Nanalo sila noong 2019.', '2020 ang sumunod na laban.'],
    ],
    [
      'a closing quote set off by a space',
      'Sabi niya, "Tapos na ang laban. " Umuwi sila.',
      ['Sabi niya, "Tapos na ang laban. "', 'Umuwi sila.'],
    ],
    [
      'an opening quote set off by a space',
      'Tapos na ang laban. " Uuwi na kami," sabi niya.',
      ['Tapos na ang laban.', '" Uuwi na kami," sabi niya.'],
    ],
    ['no final stop', 'Walang tuldok sa dulo', ['Walang tuldok sa dulo']],
    [
      'bracket after the stop',
      'Naganap ito sa Leyte (silangan.) Marami ang nasaktan.',
      ['Naganap ito sa Leyte (silangan.)', 'Marami ang nasaktan.'],
    ],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n \t ')).toEqual([]);
  });

  it('keeps the text of every sentence as written', () => {
    const text = 'Si  Gng.  Roxas, ang guro,  ay umalis.   Bumalik siya!';
    expect(splitSentences(text)).toEqual([
      'Si  Gng.  Roxas, ang guro,  ay umalis.',
      'Bumalik siya!',
    ]);
  });
});

describe('line breaks inside a paragraph', () => {
  const rows: Array<[string, string, string[]]> = [
    [
      'a wrapped sentence is joined',
      'Nagtipon ang mga magsasaka sa harap ng munisipyo upang\nhumingi ng tulong sa alkalde.',
      ['Nagtipon ang mga magsasaka sa harap ng munisipyo upang humingi ng tulong sa alkalde.'],
    ],
    [
      'a break after a finished sentence',
      'Sarado ang paaralan.\ndahil sa baha, walang klase.',
      ['Sarado ang paaralan.', 'dahil sa baha, walang klase.'],
    ],
    [
      'dash list items',
      'Mga dala:\n- tubig\n- tinapay\n- kumot',
      ['Mga dala:', '- tubig', '- tinapay', '- kumot'],
    ],
    [
      'numbered list items',
      '1. Magparehistro\n2. Bumoto\n3. Umuwi',
      ['1. Magparehistro', '2. Bumoto', '3. Umuwi'],
    ],
    ['lettered list items', 'a) bigas\nb) asin', ['a) bigas', 'b) asin']],
    [
      'a star item wrapping on the next line',
      '* Magdala ng payong kung\nuulan mamaya',
      ['* Magdala ng payong kung uulan mamaya'],
    ],
    [
      'a short heading line',
      'Baha sa Marikina\nLumikas ang daan-daang pamilya matapos tumaas ang tubig sa ilog kagabi.',
      [
        'Baha sa Marikina',
        'Lumikas ang daan-daang pamilya matapos tumaas ang tubig sa ilog kagabi.',
      ],
    ],
    [
      'a title abbreviation at the end of a line',
      'Kinausap ni Dr.\nSalonga ang mga pasyente.',
      ['Kinausap ni Dr. Salonga ang mga pasyente.'],
    ],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  it('separates paragraphs at blank lines and keeps their sentences', () => {
    const text = 'Una ito. Pangalawa ito.\n\nIkatlo ito.\r\n   \r\nIkaapat.';
    expect(splitParagraphs(text)).toEqual([
      ['Una ito.', 'Pangalawa ito.'],
      ['Ikatlo ito.'],
      ['Ikaapat.'],
    ]);
  });

  it('leaves out empty paragraphs', () => {
    expect(splitParagraphs('\n\n\nIsa lang.\n\n\n\n')).toEqual([['Isa lang.']]);
  });

  it('gives the same sentences as splitSentences', () => {
    const text = 'Umaga na. Gising na!\n\nKain tayo? Oo.';
    expect(splitParagraphs(text).flat()).toEqual(splitSentences(text));
  });
});
