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
  return () => {
    if (previous.value) root.style.setProperty('overflow', previous.value, previous.priority);
    else root.style.removeProperty('overflow');
    view?.scrollTo(scroll.x, scroll.y);
  };
}
