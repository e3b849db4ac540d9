// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { lazy, Suspense, useRef, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Route, Router, Switch, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { useFocusOnPageChange } from '../../src/app/useFocusOnPageChange';

function Shell({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const main = useRef<HTMLElement>(null);
  useFocusOnPageChange(path, main);
  return (
    <main tabIndex={-1} ref={main}>
      {children}
    </main>
  );
}

/** A page fetched when first opened, which arrives when the test says so. */
function pageArrivingLater() {
  let arrive = (): void => {};
  const Page = lazy(
    () =>
      new Promise<{ default: () => ReactNode }>((resolve) => {
        arrive = () => resolve({ default: () => <h1>Later</h1> });
      }),
  );
  return { Page, arrive: () => arrive() };
}

function renderApp(later: ReturnType<typeof pageArrivingLater>) {
  const location = memoryLocation({ path: '/' });
  render(
    <Router hook={location.hook}>
      <Shell>
        <Suspense fallback={<p>Loading</p>}>
          <Switch>
            <Route path="/">
              <h1>First</h1>
              <button type="button" onClick={() => location.navigate('/later')}>
                Go
              </button>
            </Route>
            <Route path="/later" component={later.Page} />
          </Switch>
        </Suspense>
      </Shell>
    </Router>,
  );
  return location;
}

describe('focus when the page changes', () => {
  it('waits on the page for a page still being fetched, then goes to its heading', async () => {
    const later = pageArrivingLater();
    renderApp(later);
    const go = screen.getByRole('button', { name: 'Go' });
    go.focus();
    act(() => go.click());
    // The page before stays in place, hidden, while the next one loads: not its heading.
    expect(screen.getByRole('main')).toHaveFocus();
    await act(async () => later.arrive());
    const heading = await screen.findByRole('heading', { name: 'Later' });
    await waitFor(() => expect(heading).toHaveFocus());
    // Tab goes past it: it takes focus from the app only.
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('leaves focus where the learner put it while the page loaded', async () => {
    const later = pageArrivingLater();
    renderApp(later);
    act(() => screen.getByRole('button', { name: 'Go' }).click());
    const elsewhere = document.body.appendChild(document.createElement('button'));
    elsewhere.focus();
    await act(async () => later.arrive());
    await screen.findByRole('heading', { name: 'Later' });
    expect(elsewhere).toHaveFocus();
    elsewhere.remove();
  });
});
