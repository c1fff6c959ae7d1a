import { WorkList } from '@/components/WorkList';
import { useLibrary } from '@/components/useLibrary';

/** The library page: every work the reader has opened. */
export function App() {
  const { works, error } = useLibrary();
  return (
    <main class="library">
      <h1>Your library</h1>
      {error && <p role="alert">{error}</p>}
      {works && (
        <WorkList works={works} empty="Works you open in the reader will be listed here." />
      )}
    </main>
  );
}
