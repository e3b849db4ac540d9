import { useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Link, useLocation } from 'wouter';
import { LanguageSwitch } from '../ui/common/LanguageSwitch';
import { useDocumentTitle } from '../ui/common/useDocumentTitle';
import { UpdatePrompt } from './UpdatePrompt';
import { useFocusOnPageChange } from './useFocusOnPageChange';
import { useStickyHeaderHeight } from './useStickyHeaderHeight';

const NAV = [
  { href: '/', key: 'nav.library' },
  { href: '/vocabulary', key: 'nav.vocabulary' },
  { href: '/review', key: 'nav.review' },
] as const;

/**
 * The page a route shows, for the tab's title; undefined where the page names itself: the reader,
 * after its text or, when there is no such text, after saying so.
 */
function pageTitleKey(location: string): string | undefined {
  if (location === '/') return 'nav.library';
  if (location.startsWith('/vocabulary')) return 'nav.vocabulary';
  if (location.startsWith('/review')) return 'nav.review';
  if (location.startsWith('/add')) return 'nav.addText';
  if (location.startsWith('/edit/')) return 'nav.editText';
  return location.startsWith('/read/') ? undefined : 'notFound.title';
}

/**
 * The skip link moves focus to the page's content. Not by its `#main` address: the app's routes
 * live in the address's hash, where `#main` is a page that does not exist.
 */
function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const header = useRef<HTMLElement>(null);
  const main = useRef<HTMLElement>(null);
  useStickyHeaderHeight(header);
  useFocusOnPageChange(location, main);
  const titleKey = pageTitleKey(location);
  useDocumentTitle(titleKey && t(titleKey));
  const isCurrent = (href: string): boolean =>
    href === '/' ? location === '/' || location.startsWith('/read') : location.startsWith(href);
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header" ref={header}>
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
      <UpdatePrompt />
    </>
  );
}
