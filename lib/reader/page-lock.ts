/**
 * While the reader is open the page underneath must not scroll (or show a second scrollbar);
 * when it closes the page must be exactly as it was, scroll position included.
 */
export function lockPage(doc: Document): () => void {
  const view = doc.defaultView;
  const root = doc.documentElement;
  const scroll = { x: view?.scrollX ?? 0, y: view?.scrollY ?? 0 };
  const previous = {
    value: root.style.getPropertyValue('overflow'),
    priority: root.style.getPropertyPriority('overflow'),
  };
  root.style.setProperty('overflow', 'hidden', 'important');
  // Locked while loading (the reader opened by itself): the page never showed, so it goes where
  // it would have gone, its URL's fragment (AO3 chapter links end in #workskin).
  const unshown = doc.readyState === 'loading';
  return () => {
    if (previous.value) root.style.setProperty('overflow', previous.value, previous.priority);
    else root.style.removeProperty('overflow');
    const fragment = unshown && view ? fragmentOf(view.location.hash) : '';
    const target = fragment ? doc.getElementById(fragment) : null;
    if (target) target.scrollIntoView();
    else view?.scrollTo(scroll.x, scroll.y);
  };
}

/** The element id a URL fragment names ("#100%" and other malformed escapes taken as written). */
function fragmentOf(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
