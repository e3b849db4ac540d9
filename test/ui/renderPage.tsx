import { render } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { setUpI18n } from '../../src/i18n/setup';

/**
 * Renders a page as the app would: English UI, a router at `path`, Suspense for lazy namespaces.
 * `rerender` draws a new element inside the same router and Suspense, so the page updates in place
 * rather than being mounted afresh.
 */
export async function renderPage(element: ReactElement, path = '/') {
  await setUpI18n('en');
  const location = memoryLocation({ path, record: true });
  const inPage = (child: ReactElement) => (
    <Router hook={location.hook} searchHook={location.searchHook}>
      <Suspense fallback={<p>suspended</p>}>{child}</Suspense>
    </Router>
  );
  const view = render(inPage(element));
  return { ...view, rerender: (next: ReactElement) => view.rerender(inPage(next)), location };
}
