import { describe, expect, it } from 'vitest';
import { listNameProblem } from '../../../src/domain/vocab/listNames';
import { createList } from '../../../src/domain/vocab/operations';
import { defaultList } from '../../../src/domain/vocab/savedWord';
import { NOW } from './fixtures';

const verbs = createList('Mga pandiwa', NOW, []);
const LISTS = [defaultList(NOW), verbs, createList('Balita', NOW, [])];
const DEFAULT_NAME = 'My words';

describe('listNameProblem', () => {
  it.each([
    ['a new name', 'Pagkain', null],
    ['the same name again', 'Mga pandiwa', 'duplicate'],
    ['in another case', 'mga PANDIWA', 'duplicate'],
    ['with other spaces', '  Mga   pandiwa ', 'duplicate'],
    ['with an accent', 'Balitá', 'duplicate'],
    ['the default list’s name', 'my words', 'duplicate'],
    ['a name that only contains another', 'Mga pandiwa 2', null],
    ['empty', '', 'empty'],
    ['only spaces', '   ', 'empty'],
  ])('creating: %s', (_name, name, problem) => {
    expect(listNameProblem(name, LISTS, DEFAULT_NAME)?.kind ?? null).toBe(problem);
  });

  it.each([
    ['its own name', 'Mga pandiwa', null],
    ['its own name in another case', 'MGA PANDIWA', null],
    ['another list’s name', 'balita', 'duplicate'],
    ['the default list’s name', 'My Words', 'duplicate'],
    ['empty', ' ', 'empty'],
  ])('renaming “Mga pandiwa” to %s', (_name, name, problem) => {
    expect(listNameProblem(name, LISTS, DEFAULT_NAME, verbs.id)?.kind ?? null).toBe(problem);
  });

  it('names the list that already has the name', () => {
    expect(listNameProblem('MGA PANDIWA', LISTS, DEFAULT_NAME)).toEqual({
      kind: 'duplicate',
      list: verbs,
      name: 'Mga pandiwa',
    });
    expect(listNameProblem('my words', LISTS, DEFAULT_NAME)).toMatchObject({ name: 'My words' });
  });
});
