import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgradeDb, type FicDb } from './schema';

/** A handle on the database; opened once by the background. */
export type FicDbHandle = Promise<IDBPDatabase<FicDb>>;

/** Opens (creating or upgrading) the reader's database. */
export function openFicDb(name: string = DB_NAME): FicDbHandle {
  return openDB<FicDb>(name, DB_VERSION, {
    upgrade: upgradeDb,
    // Another context holds an older version open (an old background during an update):
    // close ours so its upgrade can finish; the next message reopens.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
}
