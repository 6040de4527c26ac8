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
  | { status: 'ok'; value: T }
  /** Unreadable data (`text`), copied to `backupKey` and removed from its place. */
  | { status: 'set-aside'; backupKey: string; text: string }
  /** Unreadable data that could not be copied aside (storage full): left where it is. */
  | { status: 'unreadable' }
  /** The browser refuses access to storage altogether. */
  | { status: 'unavailable' }

/** Parses stored JSON into a value, or says it cannot (undefined). */
export type StoredParser<T> = (data: unknown) => T | undefined

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    // Storage can be switched off (private modes, blocked cookies): work without it.
    return undefined
  }
}

/**
 * Reads `key`. Data that cannot be read (not JSON, a wrong shape, a newer format) is copied to
 * a backup key before it is removed, never simply deleted: the caller shows a notice.
 */
export function loadStored<T>(key: string, parse: StoredParser<T>): StoredLoad<T> {
  let raw: string | null
  try {
    raw = storage()?.getItem(key) ?? null
  } catch {
    return { status: 'unavailable' }
  }
  if (raw === null) return { status: 'empty' }
  let value: T | undefined
  try {
    value = parse(JSON.parse(raw))
  } catch {
    value = undefined
  }
  if (value !== undefined) return { status: 'ok', value }
  const backupKey = `${key}:set-aside:${new Date().toISOString()}`
  try {
    storage()?.setItem(backupKey, raw)
  } catch {
    return { status: 'unreadable' }
  }
  try {
    storage()?.removeItem(key)
  } catch {
    // The copy exists; the original stays too.
  }
  return { status: 'set-aside', backupKey, text: raw }
}

/** The text stored under `key`, or null. */
export function readStoredText(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null
  } catch {
    return null
  }
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
