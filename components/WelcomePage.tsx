import type { SiteUrls } from '@/lib/sites/types';

/** Props of WelcomePage. */
export interface WelcomePageProps {
  /** The supported sites (lib/sites SITE_URLS): where the reader opens by itself. */
  sites: readonly Pick<SiteUrls, 'id' | 'name' | 'hosts'>[];
  /** The reader's keyboard shortcuts (lib/reader/keys.ts SHORTCUTS). */
  shortcuts: readonly { keys: string[]; label: string }[];
  libraryUrl: string;
  iconUrl: string;
}

/**
 * The first-run page: what Fic Reader does by itself and where, where its settings and library
 * are, its keys, and its privacy promise. Everything listed comes from the code that does it, so
 * the page cannot drift from what the extension does.
 */
export function WelcomePage({ sites, shortcuts, libraryUrl, iconUrl }: WelcomePageProps) {
  return (
    <main class="welcome fr-theme-auto">
      <header class="welcome-header">
        <img src={iconUrl} alt="" width={64} height={64} />
        <h1>Welcome to Fic Reader</h1>
      </header>
      <p class="lead">
        Fic Reader opens a calm reader view on story pages: the text with its title, creators, tags,
        summary and notes, and the way to the other chapters, in the typography and theme you
        choose.
      </p>

      <section aria-labelledby="welcome-sites">
        <h2 id="welcome-sites">Where it opens by itself</h2>
        <p>On a story page of these sites, the reader opens as the page loads:</p>
        <ul class="sites" data-testid="welcome-sites">
          {sites.map((site) => (
            <li key={site.id}>
              {site.name} <span class="host">{site.hosts[0]}</span>
            </li>
          ))}
        </ul>
        <p>
          Listings, login pages and other pages of those sites are left as they are. On any other
          page, open the reader yourself from the toolbar button or with the shortcut below.
        </p>
      </section>

      <section aria-labelledby="welcome-settings">
        <h2 id="welcome-settings">Settings and your library</h2>
        <p>
          The Fic Reader button in the browser's toolbar holds the reading settings (fonts, size,
          spacing, line length, theme) and the works you read last; pin it from the browser's
          extensions menu to keep it in sight. Every work you have opened is in{' '}
          <a href={libraryUrl}>the library</a>.
        </p>
      </section>

      <section aria-labelledby="welcome-keys">
        <h2 id="welcome-keys">Keys in the reader</h2>
        <table class="keys">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.label}>
                {/* Several keys are alternatives; three make a chord (as in the shortcuts dialog). */}
                <th scope="row">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && (s.keys.length > 2 ? ' + ' : ' or ')}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </th>
                <td>{s.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">Your reading stays yours</h2>
        <ul>
          <li>
            Fic Reader makes no network requests: no telemetry, no remote fonts, and it never
            fetches a page you did not open.
          </li>
          <li>
            What it keeps (the works you opened, your settings) stays on this machine, inside the
            extension, where the sites' own scripts cannot read it.
          </li>
          <li>Works you open in private windows are not recorded unless you ask for it.</li>
        </ul>
      </section>
    </main>
  );
}
