/**
 * A script of the page's own, in its main world, added before anything else runs (issue 9): it
 * listens for everything the reader might let slip, and tries to read or drive the reader the
 * ways a site's script could. tests/e2e/privacy.spec.ts runs it on the build that ships;
 * scripts/probe-build.ts runs it on any build (it finds plenty on the reader from before its
 * frame: that is how we know each probe can fail).
 */

/** Installed with page.addInitScript: records what the page sees. */
export const PROBE_LISTENERS = `
  window.__probe = { events: [], messages: [], copies: 0 };
  for (const target of [window, document]) {
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input']) {
      target.addEventListener(type, (e) => window.__probe.events.push(type + ':' + (e.key ?? e.data ?? '')), true);
    }
  }
  window.addEventListener('message', (e) => {
    let text = '';
    try { text = JSON.stringify(e.data); } catch { text = String(e.data); }
    window.__probe.messages.push(text.slice(0, 500));
  }, true);
  document.addEventListener('copy', () => window.__probe.copies++, true);
`;

/** What the page could read of the reader without any user action (run in the page). */
export const PROBE_READ = `((words) => {
  const found = [];
  for (const word of words) {
    getSelection().removeAllRanges();
    if (window.find(word, false, false, true)) {
      // From the match to the end of the document: what a selection can take.
      getSelection().modify('extend', 'forward', 'documentboundary');
      found.push('find:' + word + ':' + getSelection().toString().slice(0, 80));
    }
  }
  getSelection().removeAllRanges();
  const fonts = [...document.fonts].map((f) => f.family).filter((f) => /fic reader/i.test(f));
  const marks = performance.getEntries()
    .filter((e) => /fic-reader|extension:/.test(e.name)).map((e) => e.entryType + ':' + e.name);
  const highlights = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.size : 0;
  return { found, fonts, marks, highlights, frames: window.length };
})`;

/** Synthetic events a page can fire at the reader, to close, navigate or open help. */
export const PROBE_DRIVE = `((extensionId, scriptName) => {
  const targets = [window, document, document.documentElement, document.querySelector('fic-reader')].filter(Boolean);
  for (const key of ['?', ']', '[', 'ArrowRight', 'ArrowLeft', 'Escape']) {
    for (const target of targets) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    }
  }
  // WXT's own events, forged with the public extension id: a newer copy of the content script
  // starting (which invalidates this one), and a change of address.
  const prefix = extensionId + ':' + scriptName + ':';
  document.dispatchEvent(new CustomEvent(prefix + 'wxt:content-script-started', { detail: { contentScriptName: scriptName, messageId: 'forged' } }));
  window.dispatchEvent(new Event(prefix + 'wxt:locationchange'));
})`;

/** What the page recorded (run in the page). */
export const PROBE_RECORD = `window.__probe`;
