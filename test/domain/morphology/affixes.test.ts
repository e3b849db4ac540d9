// The affix tables: every id the analyzer can produce is explained in both UI languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_AFFIXES, AFFIX_IDS } from '../../../src/domain/morphology/affixes';

const root = join(import.meta.dirname, '..', '..', '..');
const locale = (language: string) =>
  JSON.parse(readFileSync(join(root, 'locales', language, 'morphology.json'), 'utf8')) as {
    affix: Record<string, { name?: string; meaning: string }>;
    aspect: Record<string, string>;
    focus: Record<string, string>;
    kind: Record<string, string>;
  };

describe('affix tables', () => {
  it.each(['en', 'tl'])('every affix id has an explanation in %s', (language) => {
    const { affix } = locale(language);
    for (const id of AFFIX_IDS) expect(affix[id]?.meaning, id).toBeTruthy();
    expect(Object.keys(affix).sort()).toEqual([...AFFIX_IDS].sort());
  });

  it.each(['en', 'tl'])('aspects, focuses and kinds are explained in %s', (language) => {
    const { aspect, focus, kind } = locale(language);
    expect(Object.keys(aspect).sort()).toEqual([
      'completed',
      'contemplated',
      'incompleted',
      'infinitive',
      'recentlyCompleted',
    ]);
    expect(Object.keys(focus).sort()).toEqual([
      'actor',
      'benefactive',
      'instrumental',
      'locative',
      'object',
    ]);
    expect(Object.keys(kind).sort()).toEqual(
      ['circumfix', 'clitic', 'infix', 'linker', 'prefix', 'reduplication', 'suffix'].sort(),
    );
  });

  it('keeps ids free of dots (they are locale keys) and forms lower case', () => {
    for (const affix of ALL_AFFIXES) {
      expect(affix.id).not.toContain('.');
      for (const form of affix.forms) expect(form).toBe(form.toLowerCase());
    }
  });
});
