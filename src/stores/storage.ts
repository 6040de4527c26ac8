/** Where the draft of the person's own answers lives in localStorage. */
export const DRAFT_KEY = 'more-than-a-chip:draft'

/**
 * Whether anything is stored under `key`. Reads no content: the start page uses it to offer
 * "resume" without loading the draft's validation; the draft is parsed when it is opened.
 */
export function hasStored(key: string): boolean {
  try {
    return storage()?.getItem(key) != null
  } catch {
    return false
  }
}

/** What became of data found in storage at start-up. */
export type StoredLoad<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T; migrated: boolean }
  | { status: 'set-aside'; backupKey: string }

/** Parses a stored envelope into a value, or says it cannot. `migrated` marks an older format brought up to date. */
export type StoredParser<T> = (data: unknown) => { value: T; migrated: boolean } | undefined

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    // Storage can be switched off (private modes, blocked cookies): work without it.
    return undefined
  }
}

/**
 * Reads `key`. Data that cannot be read (not JSON, a wrong shape, a newer format) is
 * copied to a backup key and left alone, never deleted: the caller shows a notice.
 */
export function loadStored<T>(key: string, parse: StoredParser<T>): StoredLoad<T> {
  const store = storage()
  const raw = store?.getItem(key)
  if (raw === null || raw === undefined) return { status: 'empty' }
  let parsed: ReturnType<StoredParser<T>>
  try {
    parsed = parse(JSON.parse(raw))
  } catch {
    parsed = undefined
  }
  if (parsed) return { status: 'ok', ...parsed }
  const backupKey = `${key}:set-aside:${new Date().toISOString()}`
  try {
    store?.setItem(backupKey, raw)
    store?.removeItem(key)
  } catch {
    // Full storage: leave the original where it is; it is still not overwritten until the person acts.
    return { status: 'set-aside', backupKey: key }
  }
  return { status: 'set-aside', backupKey }
}

/** Writes `value` as JSON under `key`; false when storage is full or switched off. */
export function saveStored(key: string, value: unknown): boolean {
  try {
    const store = storage()
    if (!store) return false
    store.setItem(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

/** Removes `key`. */
export function removeStored(key: string): void {
  try {
    storage()?.removeItem(key)
  } catch {
    // Nothing to do: storage is unavailable.
  }
}
