import type Dexie from 'dexie';
import { candidatesRevision } from '../settings/settings';

/** Several writes in a row (an undo after a delete, say) bump the revision once. */
const SETTLE_MS = 50;
/** The tables open sidebars and popups show something of. */
const CANDIDATE_TABLES = new Set(['candidates', 'shortlists']);

/**
 * Sidebars and the popup cannot watch the extension's IndexedDB, but they can
 * watch its storage: every committed write to saved candidates or shortlists
 * bumps a revision they follow. Each view that writes (the background, the
 * shortlists and options pages) announces its own writes, so none depends on
 * another being awake: Firefox's event page and Chrome's service worker sleep
 * when idle, and a sleeping background never heard of the shortlists page's
 * writes when it alone announced every view's. Call before the database opens.
 */
export function announceCandidateWrites(db: Dexie, now: () => number = Date.now): void {
  if (db.isOpen()) throw new Error('announceCandidateWrites must run before the database opens');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bump = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void candidatesRevision.setValue(now()), SETTLE_MS);
  };
  db.use({
    stack: 'dbcore',
    name: 'announce-candidate-writes',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const transaction = down.transaction(stores, mode, options);
        // Under every Dexie middleware lies IndexedDB: its transactions are IDBTransactions.
        if (mode === 'readwrite' && stores.some((store) => CANDIDATE_TABLES.has(store))) {
          (transaction as unknown as IDBTransaction).addEventListener('complete', bump);
        }
        return transaction;
      },
    }),
  });
}
