// The command-line entry points as scripts call them: `npm run -s analyze`, `lookup`
// (words one per line on stdin, one JSON line per word on stdout) and `align` (two files), each
// run by scripts/run-cli.mjs from its bundle, as the npm scripts run them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function run(tool: string, input: string, args: readonly string[] = []): unknown[] {
  const output = execFileSync('node', [join(root, 'scripts', 'run-cli.mjs'), tool, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

describe('npm run -s analyze', () => {
  it('answers each line, in order, with the form as given and its roots best first', () => {
    const lines = run('analyze', 'Nakikipagtulungan\r\n\nbahay\nnakikipagtulungan\n  \n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ form: 'Nakikipagtulungan' });
    expect((lines[0] as { candidates: string[] }).candidates).toContain('tulong');
    expect(lines[1]).toEqual({ form: '', candidates: [] });
    expect((lines[2] as { candidates: string[] }).candidates[0]).toBe('bahay');
    // A word met again gets the same answer under its own spelling.
    expect(lines[3]).toEqual({ ...(lines[0] as object), form: 'nakikipagtulungan' });
    expect(lines[4]).toEqual({ form: '  ', candidates: [] });
  }, 30_000);
});

describe('npm run -s lookup', () => {
  it('gives the lexicon entries best first, and [] for a word nothing is known of', () => {
    const [known, unknown, again] = run('lookup', 'pinabilis\nxqzvw\nPinabilis\n') as {
      form: string;
      entries: { lemma: string; gloss: string; pos: string; affixes: string[] }[];
    }[];
    expect(known?.form).toBe('pinabilis');
    expect(known?.entries[0]).toMatchObject({ lemma: 'bilis', pos: 'verb' });
    expect(known?.entries[0]?.gloss).not.toBe('');
    expect(known?.entries[0]?.affixes).toEqual(expect.arrayContaining(['pa-']));
    expect(unknown).toEqual({ form: 'xqzvw', entries: [] });
    expect(again).toEqual({ ...known, form: 'Pinabilis' });
  }, 30_000);

  it('lists each entry once, where a derived form means what its root does', () => {
    const [word] = run('lookup', 'pangalan\n') as { entries: unknown[] }[];
    const entries = word!.entries.map((entry) => JSON.stringify(entry));
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries).size).toBe(entries.length);
  }, 30_000);
});

describe('npm run -s lookup on hyphenated compounds', () => {
  type Entry = { lemma: string; affixes: string[] };
  it("gives a compound's parts in order where the lexicon lists the parts, not the whole", () => {
    const [rain, stone, unknownPart] = run('lookup', 'tubig-ulan\npusong-bato\nxqzv-bahay\n') as {
      entries: Entry[];
    }[];
    expect(rain?.entries.map((entry) => entry.lemma)).toEqual(['tubig', 'ulan']);
    // The linker stays on the part that carries it.
    expect(stone?.entries.map(({ lemma, affixes }) => [lemma, affixes])).toEqual([
      ['puso', ['-ng']],
      ['bato', []],
    ]);
    // A part nothing is known of: the compound is not known either.
    expect(unknownPart?.entries).toEqual([]);
  }, 30_000);
});

describe('npm run -s align', () => {
  it('pairs the sentences of two plain texts, one JSON line per pair', () => {
    const directory = mkdtempSync(join(tmpdir(), 'tulay-align-'));
    const tagalog = join(directory, 'tl.txt');
    const english = join(directory, 'en.txt');
    writeFileSync(tagalog, 'Kumain ang bata ng mangga. Umalis siya kahapon.\n');
    writeFileSync(english, 'The child ate a mango. He left yesterday.\n');
    try {
      expect(run('align', '', [tagalog, english])).toEqual([
        { tl: 'Kumain ang bata ng mangga.', en: 'The child ate a mango.' },
        { tl: 'Umalis siya kahapon.', en: 'He left yesterday.' },
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 30_000);
});
