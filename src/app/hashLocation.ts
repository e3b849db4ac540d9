import { useSyncExternalStore } from 'react';

/*
 * The app's whole address lives in the hash, path and query alike: `#/read/digital-rmb?s=s16`.
 * That one form works clicked in the app, opened in a new tab, bookmarked, reloaded and through
 * back and forward. (wouter's own hash location writes a link's query ahead of the `#` when
 * clicked, while the link's `href` keeps it in the hash, where a route took it for part of an id.)
 */

// A leading `#` is ignored and a leading `/` optional, as in wouter's hash location.
const hashPrefix = /^#?\/?/;

function hashRoute(): { path: string; search: string | undefined } {
  const hash = location.hash.replace(hashPrefix, '');
  const query = hash.indexOf('?');
  return query < 0
    ? { path: `/${hash}`, search: undefined }
    : { path: `/${hash.slice(0, query)}`, search: hash.slice(query + 1) };
}

const currentPath = (): string => hashRoute().path;

/** The query in the hash; else one ahead of the `#`, where links clicked in older versions put it. */
const currentSearch = (): string => hashRoute().search ?? location.search.replace(/^\?/, '');

function subscribe(onChange: () => void): () => void {
  // Back and forward between addresses that differ ahead of the `#` only fire no hashchange.
  addEventListener('hashchange', onChange);
  addEventListener('popstate', onChange);
  return () => {
    removeEventListener('hashchange', onChange);
    removeEventListener('popstate', onChange);
  };
}

export interface NavigateOptions {
  readonly replace?: boolean;
  readonly state?: unknown;
}

/** Goes to `to` (`/read/digital-rmb?s=s16`), all of it in the hash. */
export function navigate(to: string, { replace = false, state = null }: NavigateOptions = {}) {
  const oldURL = location.href;
  const url = new URL(oldURL);
  // A query ahead of the `#` is an older link's: the address now carries its own, in the hash.
  url.search = '';
  url.hash = `/${to.replace(hashPrefix, '')}`;
  const newURL = url.href;
  if (replace) history.replaceState(state, '', newURL);
  else history.pushState(state, '', newURL);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL }));
}

/** The location hook for wouter's `Router`: the path, without the query, and `navigate`. */
export function useHashLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, currentPath, () => '/'), navigate];
}

/** The query of the hash, for wouter's `useSearch`. */
function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

useHashLocation.searchHook = useHashSearch;
useHashLocation.hrefs = (href: string): string => `#${href}`;
