/**
 * Elements the sanitizer (sanitize.ts) drops together with their text: their text is interface,
 * not story ("Go", "Submit", fallback text), or code. Shared with the content script, which
 * reads a block's text the way the reader will show it without bundling the sanitizer
 * (lib/content/page-reading/story-texts.ts).
 */
export const DROPPED_WITH_CONTENTS: readonly string[] = [
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'noscript',
  'video',
  'audio',
  'canvas',
  'dialog',
  'template',
  'style',
  'script',
];
