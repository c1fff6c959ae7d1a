/** Text helpers shared by the adapters. */

/** An element's text with runs of whitespace collapsed, trimmed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// Han, kana and Thai are written without spaces: each character counts as a word, as AO3 counts
// them. Everything else counts runs of non-space characters.
const WORDS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+/gu;

// Cheap test for the scripts above, so most texts take the fast path.
const UNSPACED = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
const RUNS = /\S+/g;

/** Words in a text. */
export function countWords(text: string): number {
  if (!UNSPACED.test(text)) return text.match(RUNS)?.length ?? 0;
  let n = 0;
  for (const _ of text.matchAll(WORDS)) n++;
  return n;
}

/** "70,561" or "70 561" -> 70561; undefined when there is no number. */
export function parseCount(text: string | null | undefined): number | undefined {
  const digits = (text ?? '').replace(/[\s,.\u00a0\u202f']/g, '').match(/^\d+/);
  return digits ? Number(digits[0]) : undefined;
}

/** An ISO date (YYYY-MM-DD) from text that holds one, or undefined. */
export function isoDate(text: string | null | undefined): string | undefined {
  const match = /\d{4}-\d{2}-\d{2}/.exec(text ?? '');
  return match?.[0];
}

/** An ISO date from a Unix timestamp in seconds. */
export function isoDateFromUnix(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

const LANGUAGES: Record<string, string> = {
  english: 'en',
  spanish: 'es',
  español: 'es',
  french: 'fr',
  français: 'fr',
  german: 'de',
  deutsch: 'de',
  italian: 'it',
  italiano: 'it',
  portuguese: 'pt',
  português: 'pt',
  dutch: 'nl',
  nederlands: 'nl',
  russian: 'ru',
  русский: 'ru',
  polish: 'pl',
  polski: 'pl',
  japanese: 'ja',
  日本語: 'ja',
  chinese: 'zh',
  中文: 'zh',
  中文普通话國語: 'zh',
  korean: 'ko',
  한국어: 'ko',
  indonesian: 'id',
  'bahasa indonesia': 'id',
  vietnamese: 'vi',
  'tiếng việt': 'vi',
  tagalog: 'tl',
  filipino: 'tl',
  turkish: 'tr',
  türkçe: 'tr',
  swedish: 'sv',
  svenska: 'sv',
  finnish: 'fi',
  suomi: 'fi',
  norwegian: 'no',
  norsk: 'no',
  danish: 'da',
  dansk: 'da',
  czech: 'cs',
  čeština: 'cs',
  hungarian: 'hu',
  magyar: 'hu',
  greek: 'el',
  ελληνικά: 'el',
  hebrew: 'he',
  עברית: 'he',
  arabic: 'ar',
  العربية: 'ar',
  catalan: 'ca',
  català: 'ca',
  romanian: 'ro',
  română: 'ro',
  ukrainian: 'uk',
  українська: 'uk',
  thai: 'th',
  ไทย: 'th',
  hindi: 'hi',
};

/** BCP 47 tag for a language name as sites print it ("English", "Español"), if known. */
export function languageTag(name: string | null | undefined): string | undefined {
  return LANGUAGES[(name ?? '').trim().toLowerCase()];
}

/** Text made safe to embed in HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
