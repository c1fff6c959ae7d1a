/** What the site's own page does when the reader does not open by itself there (issues 10, 11). */
export const SITE_PAGE_HINT =
  'The site’s own page still keeps your place, shows your highlights and lets you make new ones (select words, pick a colour). Its scripts can see the highlights drawn on it.';
