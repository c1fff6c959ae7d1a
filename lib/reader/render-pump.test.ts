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
