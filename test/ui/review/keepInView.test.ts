import { describe, expect, it } from 'vitest';
import { answerScroll } from '../../../src/ui/review/keepInView';

// A phone: the header ends at 150 px, the grades stuck to the bottom begin at 600 px.
const SCREEN = { visibleTop: 150, visibleBottom: 600 };

describe('answerScroll', () => {
  it.each([
    ['card and answer in view: no scroll', 200, 300, 0],
    ['card top exactly below the header: no scroll', 150, 300, 0],
    ['card top under the header: up to it', 40, 140, -110],
    ['card above the screen: up to it, the answer still in view', -200, 100, -350],
    ['answer under the grades: down just enough', 160, 650, 50],
    ['answer start exactly at the grades: no scroll', 160, 600, 0],
    ['card top hidden and answer low: down, the answer wins', 100, 620, 20],
    ['card up would hide the answer: up only as far as the answer allows', 100, 580, -20],
  ])('%s', (_name, cardTop, answerStartBottom, scroll) => {
    expect(answerScroll({ ...SCREEN, cardTop, answerStartBottom })).toBe(scroll);
  });
});
