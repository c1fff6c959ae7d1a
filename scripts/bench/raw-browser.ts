import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../tests/support/browser';

/**
 * Chromium driven over a raw DevTools pipe, for timings. Playwright attaches to every
 * out-of-process frame as it starts and holds it until the test runner answers: the reader's
 * frame would start 10-80 ms late, which no reader sees. Here nothing attaches to the frame
 * until it has run. Pages are served by a local HTTPS server at their real host names
 * (--host-resolver-rules), so no request is intercepted either.
 */

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
};
type Pending = { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void };

/** A local HTTPS server for the pages (a throwaway self-signed certificate). */
export async function startPageServer(
  pages: Map<string, string>,
): Promise<{ server: Server; port: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'fic-reader-cert-'));
  spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=bench',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
      const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
      const body = pages.get(`https://${url.hostname}${url.pathname}${url.search}`);
      res.writeHead(body === undefined ? 404 : 200, {
        'content-type': body === undefined ? 'text/plain' : 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(body ?? '');
    },
  );
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

/** A Chromium process and its DevTools pipe. */
export class RawBrowser {
  private id = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(m: Message) => void>();

  private constructor(
    private readonly proc: ChildProcess,
    private readonly dir: string,
  ) {
    let buffer = '';
    (proc.stdio[4] as Readable).on('data', (data: Buffer) => {
      buffer += data.toString();
      for (let i = buffer.indexOf('\0'); i >= 0; i = buffer.indexOf('\0')) {
        const message = JSON.parse(buffer.slice(0, i)) as Message & {
          result?: Record<string, unknown>;
          error?: unknown;
        };
        buffer = buffer.slice(i + 1);
        const waiting = message.id !== undefined ? this.pending.get(message.id) : undefined;
        if (waiting && message.id !== undefined) {
          this.pending.delete(message.id);
          if (message.error) waiting.reject(new Error(JSON.stringify(message.error)));
          else waiting.resolve(message.result ?? {});
        } else for (const listener of this.listeners) listener(message);
      }
    });
  }

  /** Launches Chromium with an extension (or none), the given hosts mapped to the server. */
  static async launch(options: { extension: string | null; hosts: string[]; port: number }) {
    const dir = mkdtempSync(join(tmpdir(), 'fic-reader-raw-'));
    const rules = options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.port}`).join(', ');
    const extension = options.extension
      ? [
          `--disable-extensions-except=${options.extension}`,
          `--load-extension=${options.extension}`,
        ]
      : [];
    const proc = spawn(
      CHROME_PATH,
      [
        '--headless',
        `--user-data-dir=${dir}`,
        '--remote-debugging-pipe',
        ...extension,
        ...CHROMIUM_ARGS,
        '--window-size=1280,900',
        '--no-default-browser-check',
        `--host-resolver-rules=${rules}`,
        '--ignore-certificate-errors',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const browser = new RawBrowser(proc, dir);
    await browser.send('Target.setDiscoverTargets', { discover: true });
    return browser;
  }

  /** Sends a DevTools command (to a session when given). */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string) {
    const id = ++this.id;
    (this.proc.stdio[3] as Writable).write(
      `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
    );
    return new Promise<Record<string, unknown>>((resolve, reject) =>
      this.pending.set(id, { resolve, reject }),
    );
  }

  /** Listens to every event; returns the unsubscribe function. */
  on(listener: (m: Message) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Evaluates an expression in a session and returns its value. */
  async eval<T>(sessionId: string, expression: string): Promise<T> {
    const r = (await this.send(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
      sessionId,
    )) as {
      result?: { value?: T };
      exceptionDetails?: unknown;
    };
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails).slice(0, 400));
    return r.result?.value as T;
  }

  /** The targets of a type whose URL matches. */
  async targets(type: string, url: RegExp): Promise<{ targetId: string; url: string }[]> {
    const { targetInfos } = (await this.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    return targetInfos.filter((t) => t.type === type && url.test(t.url));
  }

  /** Evaluates in the first target of a type whose URL matches (attaching only now). */
  async evalIn<T>(type: string, url: RegExp, expression: string): Promise<T | undefined> {
    const [target] = await this.targets(type, url);
    if (!target) return undefined;
    const { sessionId } = (await this.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: true,
    })) as {
      sessionId: string;
    };
    try {
      return await this.eval<T>(sessionId, expression);
    } finally {
      await this.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  /** A new tab, attached, with the Page and Runtime domains on. */
  async newPage(): Promise<{ targetId: string; sessionId: string }> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' })) as {
      targetId: string;
    };
    const { sessionId } = (await this.send('Target.attachToTarget', {
      targetId,
      flatten: true,
    })) as { sessionId: string };
    await this.send('Page.enable', {}, sessionId);
    await this.send('Runtime.enable', {}, sessionId);
    return { targetId, sessionId };
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined);
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      this.proc.on('exit', () => resolve());
      setTimeout(resolve, 5000);
    });
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Waits a number of milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
