import type { Settings } from '../settings/values';
import { FONTS } from './fonts';
import { PALETTES, type Palette } from './palette';

/**
 * Settings as the reader's styles: classes on the reader's root and CSS custom properties.
 * Changing a setting only changes these, so every open tab restyles at once without re-rendering
 * the text.
 */

const vars = (p: Palette) =>
  `--fr-bg:${p.bg};--fr-fg:${p.fg};--fr-muted:${p.muted};--fr-link:${p.link};--fr-rule:${p.rule};--fr-surface:${p.surface};--fr-accent:${p.accent};`;

/** The palettes as theme classes (auto follows the system's preference). */
export function paletteCss(): string {
  return [
    `.fr-theme-light{${vars(PALETTES.light)}color-scheme:light}`,
    `.fr-theme-sepia{${vars(PALETTES.sepia)}color-scheme:light}`,
    `.fr-theme-dark{${vars(PALETTES.dark)}color-scheme:dark}`,
    `.fr-theme-light.fr-hc,.fr-theme-sepia.fr-hc{${vars(PALETTES['light-hc'])}}`,
    `.fr-theme-dark.fr-hc{${vars(PALETTES['dark-hc'])}}`,
    `.fr-theme-auto{${vars(PALETTES.light)}color-scheme:light}`,
    `.fr-theme-auto.fr-hc{${vars(PALETTES['light-hc'])}}`,
    `@media (prefers-color-scheme: dark){.fr-theme-auto{${vars(PALETTES.dark)}color-scheme:dark}.fr-theme-auto.fr-hc{${vars(PALETTES['dark-hc'])}}}`,
  ].join('\n');
}

/** The root's classes and custom properties for the settings. */
export function readerStyle(settings: Settings): {
  className: string;
  style: Record<string, string>;
} {
  const classes = [
    'fr-root',
    `fr-theme-${settings.theme}`,
    `fr-para-${settings.paragraphStyle}`,
    settings.highContrast ? 'fr-hc' : '',
    settings.justify ? 'fr-justify' : '',
  ];
  return {
    className: classes.filter(Boolean).join(' '),
    style: {
      '--fr-font': FONTS[settings.fontFamily].stack,
      '--fr-size': `${settings.fontSize}px`,
      '--fr-leading': String(settings.lineHeight),
      '--fr-measure': `${settings.contentWidth}ch`,
      '--fr-para-gap': `${settings.paragraphSpacing}em`,
    },
  };
}

/** True when the settings make the reader dark (for 'auto', what the system prefers now). */
export function isDark(settings: Settings, prefersDark: boolean): boolean {
  return settings.theme === 'dark' || (settings.theme === 'auto' && prefersDark);
}
