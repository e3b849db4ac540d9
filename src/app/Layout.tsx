import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LanguageSwitch } from '../ui/common/LanguageSwitch';
import { UpdatePrompt } from './UpdatePrompt';
import { useStickyHeaderHeight } from './useStickyHeaderHeight';

const NAV = [
  { href: '/', key: 'nav.library' },
  { href: '/vocabulary', key: 'nav.vocabulary' },
  { href: '/review', key: 'nav.review' },
] as const;

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const header = useRef<HTMLElement>(null);
  useStickyHeaderHeight(header);
  const isCurrent = (href: string): boolean =>
    href === '/' ? location === '/' || location.startsWith('/read') : location.startsWith(href);
  return (
    <>
      <a className="skip-link" href="#main">
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
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <UpdatePrompt />
    </>
  );
}
