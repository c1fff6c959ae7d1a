import { useEffect, useState } from 'preact/hooks';

/** The library page's views, from the address's hash (so the back button works). */
export type Route =
  | { page: 'works' }
  | { page: 'work'; key: string }
  | { page: 'highlights' }
  | { page: 'stats' }
  | { page: 'settings'; section?: string };

/** The route of a hash ("#/work/ao3%3A1851"). */
export function parseRoute(hash: string): Route {
  const [page, rest] = hash.replace(/^#\/?/, '').split(/\/(.*)/s);
  if (page === 'work' && rest) return { page: 'work', key: decodeURIComponent(rest) };
  if (page === 'highlights' || page === 'stats') return { page };
  if (page === 'settings') return rest ? { page, section: rest } : { page };
  return { page: 'works' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  if (route.page === 'works') return '#/';
  if (route.page === 'work') return `#/work/${encodeURIComponent(route.key)}`;
  if (route.page === 'settings' && route.section) return `#/settings/${route.section}`;
  return `#/${route.page}`;
}

/** The current route, following the address. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
