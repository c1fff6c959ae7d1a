/**
 * Notes are collapsed by default, but not when they warn the reader about the content: those
 * stay open (readers told us they want the warnings, even when they hide the rest).
 */
const WARNING =
  /\b(?:tw|cw|trigger\s*warnings?|content\s*warnings?|content\s*notes?|warning\s+for|heed\s+the\s+tags|please\s+mind\s+the\s+tags)\b|\bwarnings?\s*:/i;

/** True when a note's text mentions a trigger or content warning. */
export function mentionsWarnings(text: string): boolean {
  return WARNING.test(text);
}
