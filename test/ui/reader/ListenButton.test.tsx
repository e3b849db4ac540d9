// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setUpI18n } from '../../../src/i18n/setup';

// jsdom has no speech synthesis: a browser's, whose voices come after the page has loaded.
const voices: { lang: string; name: string }[] = [];
const speech = Object.assign(new EventTarget(), {
  getVoices: vi.fn(() => [...voices]),
  cancel: vi.fn(),
  speak: vi.fn(),
});

describe('ListenButton', () => {
  beforeAll(async () => {
    vi.stubGlobal('speechSynthesis', speech);
    await setUpI18n('en');
  });

  it('shows Listen once the browser has a Filipino voice, even one that came while no gloss was open, without looking through the voices on every gloss', async () => {
    const { ListenButton } = await import('../../../src/ui/reader/ListenButton');
    const first = render(<ListenButton text="bahay" />);
    expect(screen.queryByRole('button', { name: 'Listen' })).toBeNull();
    first.unmount();

    // The voices arrive between two glosses.
    voices.push({ lang: 'en-US', name: 'English' }, { lang: 'fil-PH', name: 'Filipino' });
    speech.dispatchEvent(new Event('voiceschanged'));
    const second = render(<ListenButton text="bahay" />);
    expect(screen.getByRole('button', { name: 'Listen' })).toBeInTheDocument();
    second.unmount();

    const lookups = speech.getVoices.mock.calls.length;
    for (let gloss = 0; gloss < 3; gloss++) render(<ListenButton text="bahay" />).unmount();
    expect(speech.getVoices.mock.calls.length).toBe(lookups);

    // A voice that goes away (a language pack removed) takes Listen from the open gloss.
    render(<ListenButton text="bahay" />);
    voices.length = 0;
    act(() => {
      speech.dispatchEvent(new Event('voiceschanged'));
    });
    expect(screen.queryByRole('button', { name: 'Listen' })).toBeNull();
  });
});
