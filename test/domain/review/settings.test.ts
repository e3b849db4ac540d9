import { describe, expect, it } from 'vitest';
import { settingsProblems } from '../../../src/domain/review/settings';

const VALID = { retention: '0.9', newPerDay: '20', directions: ['recognition'] } as const;

describe('settingsProblems', () => {
  it.each([
    ['the defaults', {}, {}],
    ['the lowest retention', { retention: '0.7' }, {}],
    ['the highest retention', { retention: '0.97' }, {}],
    ['a retention typed as a percentage', { retention: '90' }, { retention: 'range' }],
    ['a retention above 1', { retention: '1.5' }, { retention: 'range' }],
    ['a retention too low', { retention: '0.5' }, { retention: 'range' }],
    ['no retention', { retention: '' }, { retention: 'range' }],
    ['a retention that is not a number', { retention: 'abc' }, { retention: 'range' }],
    ['no new cards', { newPerDay: '0' }, {}],
    ['the most new cards', { newPerDay: '1000' }, {}],
    ['too many new cards', { newPerDay: '1001' }, { newPerDay: 'range' }],
    ['a fraction of a card', { newPerDay: '2.5' }, { newPerDay: 'range' }],
    ['negative new cards', { newPerDay: '-1' }, { newPerDay: 'range' }],
    ['no new cards per day typed', { newPerDay: '' }, { newPerDay: 'range' }],
    ['no direction', { directions: [] }, { directions: 'none' }],
    [
      'everything wrong at once',
      { retention: '2', newPerDay: 'x', directions: [] },
      { retention: 'range', newPerDay: 'range', directions: 'none' },
    ],
  ])('%s', (_name, change, problems) => {
    expect(settingsProblems({ ...VALID, ...change })).toEqual(problems);
  });
});
