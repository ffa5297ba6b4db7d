// Where the window is: the library, or one story. Kept in the address's hash (#/story/<id>) so a reload
// comes back to the same place and the token in the query string is never touched.

import { useSyncExternalStore } from 'react';

export type Route = { view: 'library' } | { view: 'story'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/story\/([0-9a-z]{26})$/.exec(hash);
  return match?.[1] ? { view: 'story', id: match[1] } : { view: 'library' };
}

export function storyHref(id: string): string {
  return `#/story/${id}`;
}

export const LIBRARY_HREF = '#/';

export function navigate(href: string): void {
  window.location.hash = href;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
