import { browser } from 'wxt/browser';
import { WorkList } from '@/components/WorkList';
import { useLibrary } from '@/components/useLibrary';

/** The toolbar popup: recent works and the way to the library. */
export function App() {
  const { works, error } = useLibrary(5);
  return (
    <main class="popup">
      <h1>Fic Reader</h1>
      <section aria-labelledby="recent">
        <h2 id="recent">Recently read</h2>
        {error && <p role="alert">{error}</p>}
        {works && <WorkList works={works} empty="Works you open in the reader appear here." />}
      </section>
      <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
        Open the library
      </a>
    </main>
  );
}
