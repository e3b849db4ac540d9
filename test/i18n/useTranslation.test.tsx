// @vitest-environment jsdom
// A component's translate function: the strings of its namespaces in the current language, the
// component rendered again when they change, and held back (Suspense) until they are loaded.
import { act, render, screen } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { Suspense, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { useTranslation } from '../../src/i18n/useTranslation';

interface Deferred {
  readonly promise: Promise<Record<string, string>>;
  readonly resolve: (strings: Record<string, string>) => void;
}

function deferred(): Deferred {
  let resolve!: Deferred['resolve'];
  const promise = new Promise<Record<string, string>>((done) => (resolve = done));
  return { promise, resolve };
}

/** An instance with `common` in both languages, and `extra` fetched when asked for. */
async function instance(extra: Record<string, Deferred>): Promise<I18n> {
  const created = i18next.createInstance();
  await created
    .use(resourcesToBackend((lng: string, ns: string) => extra[`${lng}/${ns}`]!.promise))
    .init({
      lng: 'en',
      fallbackLng: 'en',
      ns: ['common'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      resources: {
        en: { common: { close: 'Close', word: 'word' } },
        tl: { common: { close: 'Isara', word: 'salita' } },
      },
      interpolation: { escapeValue: false },
    });
  return created;
}

function Close() {
  const { t } = useTranslation();
  return <p>{t('close')}</p>;
}

function Extra() {
  const { t } = useTranslation(['extra', 'common']);
  return (
    <p>
      {t('affix')} / {t('common:word')}
    </p>
  );
}

const renderWith = (i18n: I18n, children: React.ReactNode) =>
  render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={<p>waiting</p>}>{children}</Suspense>
    </I18nextProvider>,
  );

describe('useTranslation', () => {
  it('gives the default namespace, and the others by name', async () => {
    const extra = { 'en/extra': deferred() };
    extra['en/extra'].resolve({ affix: 'prefix' });
    const i18n = await instance(extra);
    await i18n.loadNamespaces('extra');
    renderWith(i18n, [<Close key="close" />, <Extra key="extra" />]);
    expect(screen.getByText('Close')).toBeInTheDocument();
    expect(screen.getByText('prefix / word')).toBeInTheDocument();
  });

  it('waits for a namespace not loaded yet, then shows its strings', async () => {
    const extra = { 'en/extra': deferred() };
    const i18n = await instance(extra);
    renderWith(i18n, <Extra />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(async () => extra['en/extra'].resolve({ affix: 'prefix' }));
    expect(await screen.findByText('prefix / word')).toBeInTheDocument();
  });

  it('renders again in another language', async () => {
    const extra = { 'en/extra': deferred(), 'tl/extra': deferred() };
    extra['en/extra'].resolve({ affix: 'prefix' });
    extra['tl/extra'].resolve({ affix: 'unlapi' });
    const i18n = await instance(extra);
    await i18n.loadNamespaces('extra');
    renderWith(i18n, [<Close key="close" />, <Extra key="extra" />]);
    await act(async () => void (await i18n.changeLanguage('tl')));
    expect(screen.getByText('Isara')).toBeInTheDocument();
    expect(screen.getByText('unlapi / salita')).toBeInTheDocument();
  });

  it('leaves components of other namespaces alone when a namespace loads', async () => {
    const extra = { 'en/extra': deferred() };
    const i18n = await instance(extra);
    let renders = 0;
    function Counted() {
      const { t } = useTranslation();
      renders += 1;
      return <p>{t('close')}</p>;
    }
    render(
      <I18nextProvider i18n={i18n}>
        <Counted />
        <Suspense fallback={<p>waiting</p>}>
          <Extra />
        </Suspense>
      </I18nextProvider>,
    );
    const before = renders;
    await act(async () => extra['en/extra'].resolve({ affix: 'prefix' }));
    expect(await screen.findByText('prefix / word')).toBeInTheDocument();
    expect(renders).toBe(before);
  });

  it('renders again when strings are added', async () => {
    const i18n = await instance({});
    function Later() {
      const { t } = useTranslation();
      return <p>{t('later', { defaultValue: 'not yet' })}</p>;
    }
    renderWith(i18n, <Later />);
    expect(screen.getByText('not yet')).toBeInTheDocument();
    act(() => void i18n.addResource('en', 'common', 'later', 'now'));
    expect(screen.getByText('now')).toBeInTheDocument();
  });

  it('keeps the same translate function while nothing changes, for every component', async () => {
    const i18n = await instance({});
    const seen: unknown[] = [];
    function Watch({ label }: { label: string }) {
      const { t } = useTranslation();
      useEffect(() => void seen.push(t));
      return <p>{`${label} ${t('word')}`}</p>;
    }
    const { rerender } = renderWith(i18n, [
      <Watch key="a" label="a" />,
      <Watch key="b" label="b" />,
    ]);
    rerender(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <Watch label="a" />
          <Watch label="b" />
        </Suspense>
      </I18nextProvider>,
    );
    expect(new Set(seen).size).toBe(1);
    await act(async () => void (await i18n.changeLanguage('tl')));
    expect(screen.getByText('a salita')).toBeInTheDocument();
    expect(new Set(seen).size).toBe(2);
  });
});
