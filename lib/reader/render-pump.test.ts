import { describe, expect, it, vi } from 'vitest';
import { RenderPump } from './render-pump';
import { TextRenderer } from './text-renderer';

const blocks = (n: number) => Array.from({ length: n }, (_, i) => `<p>Block ${i}.</p>`);

describe('RenderPump', () => {
  it('renders every renderer in order, in slices, then reports', async () => {
    const onRendered = vi.fn();
    const pump = new RenderPump(new AbortController().signal, onRendered);
    const a = new TextRenderer(document.createElement('div'), 'https://x.example/');
    const b = new TextRenderer(document.createElement('div'), 'https://x.example/');
    a.setBlocks(blocks(60), true);
    b.setBlocks(blocks(10), true);
    pump.setOrder([a, b]);
    pump.kick();
    await vi.waitFor(() => expect(onRendered).toHaveBeenCalled());
    expect([a.rendered, b.rendered, pump.idle]).toEqual([60, 10, true]);
  });

  it('reports even when the first screen already rendered everything', async () => {
    const onRendered = vi.fn();
    const pump = new RenderPump(new AbortController().signal, onRendered);
    const a = new TextRenderer(document.createElement('div'), 'https://x.example/');
    a.setBlocks(blocks(5), true);
    a.renderSome(24);
    pump.setOrder([a]);
    pump.kick();
    await vi.waitFor(() => expect(onRendered).toHaveBeenCalledTimes(1));
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const pump = new RenderPump(controller.signal);
    const a = new TextRenderer(document.createElement('div'), 'https://x.example/');
    a.setBlocks(blocks(500), true);
    pump.setOrder([a]);
    controller.abort();
    pump.kick();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(a.rendered).toBe(0);
  });
});

describe('RenderPump, order and stopping', () => {
  it('renders the first renderer in its order to the end before touching the next', async () => {
    const calls: string[] = [];
    const pump = new RenderPump(new AbortController().signal);
    const make = (name: string, n: number) => {
      const r = new TextRenderer(document.createElement('div'), 'https://x.example/');
      r.setBlocks(blocks(n), true);
      const render = r.renderSome.bind(r);
      r.renderSome = (max) => {
        calls.push(name);
        return render(max);
      };
      return r;
    };
    const focused = make('focused', 100);
    const later = make('later', 100);
    pump.setOrder([focused, later]);
    pump.kick();
    await vi.waitFor(() => expect(pump.idle).toBe(true));
    // Every step on the focused chapter comes before any on the next one.
    expect(calls.lastIndexOf('focused')).toBeLessThan(calls.indexOf('later'));
    expect(calls.indexOf('later')).toBeGreaterThan(0);
  });

  it('stops between slices once its signal aborts, even while running', async () => {
    const controller = new AbortController();
    const pump = new RenderPump(controller.signal);
    const a = new TextRenderer(document.createElement('div'), 'https://x.example/');
    a.setBlocks(blocks(20_000), true);
    const render = a.renderSome.bind(a);
    let steps = 0;
    a.renderSome = (max) => {
      // Abort from inside the first step: the pump is running by then.
      if (++steps === 1) controller.abort();
      return render(max);
    };
    pump.setOrder([a]);
    pump.kick();
    await vi.waitFor(() => expect(steps).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(steps).toBe(1);
    expect(a.rendered).toBeLessThan(20_000);
  });
});
