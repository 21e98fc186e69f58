/**
 * A stored item with its type: defined once (key, version, migrations: WXT's `storage.defineItem`),
 * parsed once on every read by the item's own parser (zod; a parser never throws, storage is a
 * boundary), deep-equal reads kept as the same object, and writes one at a time.
 *
 * Why writes are serialised: a change is a read and a write (add a contest to the list, merge a
 * patch into the settings). Two started together both read the old value, and the second write
 * drops the first change while both report success. {@link StoredItem.update} runs the read and
 * the write inside one queue per item: in this JS context a promise chain, and across the
 * extension's own contexts (options, popup, background) a Web Lock of the item's name.
 *
 * Content scripts take no lock: their `navigator.locks` belongs to the host page's origin, which
 * neither reaches the extension's pages nor is safe from the page (a page could hold the name
 * forever and stall every save). They are queued within their own context only.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { keepEqual } from './keep-equal';

export interface StoredItemOptions<Read, Write> {
  /** The stored value (already migrated; null when nothing is stored) as the extension can trust it. Never throws. */
  parse: (stored: unknown) => Read;
  /** The stored form's version; each migration brings the value from the version before to its own. */
  version: number;
  migrations?: Record<number, (stored: unknown) => unknown>;
  /** What a read sees when nothing is stored (before parsing). */
  fallback?: Write;
}

/** What {@link StoredItem.update} decides: a value to write (or none), and what to give back. */
export type Change<Write, Result> = { write: Write; result: Result } | { write?: undefined; result: Result };

export interface StoredItem<Read, Write> {
  readonly key: StorageItemKey;
  /** The stored value, parsed; the same object as the last read while it is deep-equal to it. */
  getValue(): Promise<Read>;
  /** Write a whole value, after the writes already queued. */
  setValue(value: Write): Promise<void>;
  /**
   * Read, decide and write as one step: no other write of this item (queued here, or from another
   * extension page) comes between the read `change` sees and its write. `stored` is the raw value,
   * for a change that must keep what the parser leaves out (entries of a newer version).
   */
  update<Result>(change: (current: Read, stored: unknown) => Change<Write, Result> | Promise<Change<Write, Result>>): Promise<Result>;
  removeValue(): Promise<void>;
  /** Every change, parsed (deep-equal values keep their object). */
  watch(callback: (value: Read) => void): () => void;
  /** Run the migrations now (WXT runs them once when the item is defined; tests call this). */
  migrate(): Promise<void>;
}

export function defineStoredItem<Read, Write>(key: StorageItemKey, options: StoredItemOptions<Read, Write>): StoredItem<Read, Write> {
  const raw = storage.defineItem<unknown>(key, {
    fallback: options.fallback ?? null,
    version: options.version,
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  let last: { value: Read } | null = null;
  const read = (stored: unknown): Read => {
    const value = keepEqual(last?.value, options.parse(stored));
    last = { value };
    return value;
  };
  const queued = <T>(task: () => Promise<T>) => serialised(key, task);
  return {
    key,
    getValue: async () => read(await raw.getValue()),
    setValue: (value) => queued(() => raw.setValue(value)),
    update: (change) =>
      queued(async () => {
        const stored = await raw.getValue();
        const decided = await change(read(stored), stored);
        if (decided.write !== undefined) await raw.setValue(decided.write);
        return decided.result;
      }),
    removeValue: () => queued(() => raw.removeValue()),
    watch: (callback) => raw.watch((stored) => callback(read(stored))),
    migrate: () => raw.migrate(),
  };
}

const tails = new Map<string, Promise<unknown>>();

/**
 * Run `task` after every task queued under `name` before it has settled (whatever their outcome),
 * holding the Web Lock of that name in the extension's own contexts. The task's result or error
 * is the caller's; the queue goes on regardless.
 */
export function serialised<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = extensionLocks();
  const locked = locks ? async () => await locks.request(`gate-square-checklist:${name}`, task) : task;
  const run = (tails.get(name) ?? Promise.resolve()).then(locked);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(name, tail);
  void tail.then(() => {
    if (tails.get(name) === tail) tails.delete(name);
  });
  return run;
}

/** The Web Locks of an extension page or worker; none in a content script (the page's origin) or without the API. */
function extensionLocks(): LockManager | undefined {
  const scope = globalThis as { navigator?: { locks?: LockManager }; location?: { protocol?: string } };
  return /-extension:$/.test(scope.location?.protocol ?? '') ? scope.navigator?.locks : undefined;
}
