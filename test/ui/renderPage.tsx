import { render } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { setUpI18n } from '../../src/i18n/setup';

/** Renders a page as the app would: English UI, a router at `path`, Suspense for lazy namespaces. */
export async function renderPage(element: ReactElement, path = '/') {
  await setUpI18n('en');
  const location = memoryLocation({ path, record: true });
  const view = render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <Suspense fallback={<p>suspended</p>}>{element}</Suspense>
    </Router>,
  );
  return { ...view, location };
}
