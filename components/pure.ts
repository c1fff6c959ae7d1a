import { Component, type ComponentType, h } from 'preact';

/**
 * A component that re-renders only when one of its props changed (shallow), like React.memo,
 * without pulling in preact/compat. The reader re-renders its root on every scroll frame (the
 * progress bar); the work's header and chapters must not follow.
 */
export function pure<P extends object>(inner: ComponentType<P>): ComponentType<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const previous = this.props as Record<string, unknown>;
      const incoming = next as Record<string, unknown>;
      const keys = new Set([...Object.keys(previous), ...Object.keys(incoming)]);
      for (const key of keys)
        if (key !== 'children' && previous[key] !== incoming[key]) return true;
      return false;
    }
    override render(props: P) {
      return h(inner, props);
    }
  }
  return Pure as unknown as ComponentType<P>;
}
