// @vitest-environment jsdom
import { act, render, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from '../../../src/app/hashLocation';
import { setUpI18n } from '../../../src/i18n/setup';
import { preferences } from '../../../src/storage/preferences';
import ReaderPage from '../../../src/ui/reader/ReaderPage';
import { storeUserText } from '../storedTexts';

// jsdom lays nothing out, so this file plays the browser: the sticky header stays at the top,
// sentences stand 100 px tall one after another from 200 px down the page, and the screen is
// 740 px tall. Scrolling moves the sentences, and tells the observers which ones are on screen.
const VIEWPORT = 740;
let headerHeight = 104;
let scrollY = 0;
let scrolls = 0;
const observers = new Set<FakeIntersectionObserver>();

const sentenceElements = (): Element[] => [...document.querySelectorAll('[data-sentence-id]')];

function rectOf(element: Element): DOMRect {
  const index = sentenceElements().indexOf(element);
  const [top, height] = element.classList.contains('app-header')
    ? [0, headerHeight]
    : index >= 0
      ? [200 + index * 100 - scrollY, 100]
      : [0, 0];
  return {
    x: 0,
    y: top,
    top,
    bottom: top + height,
    left: 0,
    right: 375,
    width: 375,
    height,
  } as DOMRect;
}

class FakeIntersectionObserver {
  private readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    observers.add(this);
  }
  observe(element: Element): void {
    this.observed.add(element);
  }
  disconnect(): void {
    observers.delete(this);
  }
  report(): void {
    const entries = [...this.observed].map((target) => {
      const { top, bottom } = rectOf(target);
      return { target, isIntersecting: bottom > 0 && top < VIEWPORT } as IntersectionObserverEntry;
    });
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function reportScroll(): void {
  window.dispatchEvent(new Event('scroll'));
  for (const observer of observers) observer.report();
}

/** Scrolls the page so that `sentenceId` starts `offset` px from the top of the screen. */
function scrollSentenceTo(sentenceId: string, offset: number): void {
  scrollY += rectOf(pairOf(sentenceId)).top - offset;
  reportScroll();
}

const pairOf = (sentenceId: string): HTMLElement =>
  document.getElementById(`sentence-${sentenceId}`)!;

const topOf = (sentenceId: string): number => rectOf(pairOf(sentenceId)).top;

/**
 * Opens the reader as after a reload: at the top of the page, the app's header above it. Done once
 * `sentenceId` is on the page.
 */
async function openReader(textId = 'digital-rmb', sentenceId = 's20') {
  scrollY = 0;
  await setUpI18n('en');
  const view = render(
    <Router hook={useHashLocation}>
      <Suspense fallback={<p>suspended</p>}>
        <ReaderPage textId={textId} />
      </Suspense>
    </Router>,
  );
  // Loading the text can take a while on a busy machine.
  await waitFor(() => expect(pairOf(sentenceId)).toBeTruthy(), { timeout: 5000 });
  // The text came in after an await, outside React's act: run the effects of that render (the
  // reader scrolls in one) before looking, as a browser would before the next frame.
  await act(async () => {});
  reportScroll();
  return view;
}

async function savedPosition(expected: string, textId = 'digital-rmb'): Promise<void> {
  await waitFor(() => expect(preferences.readingPosition(textId)).toBe(expected), {
    timeout: 2000,
  });
}

let header: HTMLElement;

beforeEach(() => {
  localStorage.clear();
  headerHeight = 104;
  history.replaceState(null, '', '/#/read/digital-rmb');
  header = document.body.appendChild(document.createElement('header'));
  header.className = 'app-header';
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return rectOf(this);
  });
  scrolls = 0;
  vi.stubGlobal('scrollBy', (_x: number, y: number) => {
    scrollY += y;
    scrolls++;
  });
  // Either way of scrolling will do; with no CSS here, an element scrolled into view has no margin.
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrollY += rectOf(this).top;
    scrolls++;
  };
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

afterEach(() => {
  header.remove();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('reading position', () => {
  it.each([
    ['the English interface on a phone', 104],
    ['the Tagalog interface, whose header is taller', 140],
  ])('saves the sentence right below the header, not the one behind it (%s)', async (_, height) => {
    headerHeight = height;
    await openReader();
    scrollSentenceTo('s12', height); // s11 now ends just under the header's bottom edge
    await savedPosition('s12');
  });

  // Five reloads: slow on a busy machine.
  it('reopens with the saved sentence just below the header, reload after reload', async () => {
    preferences.setReadingPosition('digital-rmb', 's12');
    for (let reload = 0; reload < 5; reload++) {
      const view = await openReader();
      expect(topOf('s12')).toBe(headerHeight);
      const save = vi.spyOn(preferences, 'setReadingPosition');
      await waitFor(() => expect(save).toHaveBeenCalled(), { timeout: 2000 });
      expect(preferences.readingPosition('digital-rmb')).toBe('s12');
      save.mockRestore();
      view.unmount();
    }
  }, 20_000);

  it('reopens a text read from its first sentence at the top, above the reader’s controls', async () => {
    const first = await openReader();
    await savedPosition('s1');
    first.unmount();
    scrolls = 0;
    await openReader();
    expect(scrolls).toBe(0);
    expect(scrollY).toBe(0);
  });

  it.each([
    ['in the hash, as links write it', '/#/read/digital-rmb?s=s18'],
    ['ahead of the hash, as links clicked in older versions left it', '/?s=s18#/read/digital-rmb'],
  ])('jumps once to the sentence a link asks for (%s), then drops it', async (_, address) => {
    preferences.setReadingPosition('digital-rmb', 's5');
    history.replaceState(null, '', address);
    const view = await openReader();
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/read/digital-rmb');
    expect(topOf('s18')).toBe(headerHeight);
    expect(pairOf('s18')).toHaveClass('flash');
    // Focus is in that sentence, on its first word, for the keyboard to go on from there.
    expect(pairOf('s18').querySelector('.tl button')).toHaveFocus();
    // Dropping the parameter renders the reader again: that must not scroll to the old position.
    expect(scrolls).toBe(1);

    scrollSentenceTo('s7', headerHeight);
    await savedPosition('s7');
    view.unmount();
    await openReader();
    expect(topOf('s7')).toBe(headerHeight);
    expect(pairOf('s7')).not.toHaveClass('flash');
  });

  describe('in a long text, shown a part first and then the rest', () => {
    // 150 paragraphs of two sentences (s1…s300): several screens' worth is shown first.
    const paragraphs = Array.from({ length: 150 }, (_, index) => [
      `Ito ang unang pangungusap ng talata bilang ${index + 1} sa mahabang teksto.`,
      `Ito naman ang pangalawa, na may kaunti pang salita para humaba ito.`,
    ]);
    beforeEach(() => storeUserText({ paragraphs }));

    // 300 sentences rendered: slow on a busy machine.
    it('shows every sentence, and saves a position among those shown last', async () => {
      await openReader('mine-1', 's1');
      await waitFor(() => expect(pairOf('s300')).toBeTruthy(), { timeout: 5000 });
      scrollSentenceTo('s280', headerHeight);
      await savedPosition('s280', 'mine-1');
    }, 20_000);

    it('reopens at a sentence saved far down', async () => {
      preferences.setReadingPosition('mine-1', 's290');
      await openReader('mine-1', 's290');
      expect(topOf('s290')).toBe(headerHeight);
    }, 20_000);
  });
});
