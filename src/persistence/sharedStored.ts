import { getCurrentScope, onScopeDispose, ref } from 'vue'
import type { StoredNotice } from '@/persistence/notices'
import { readStoredText, removeText, saveText, storage, unsavedKeys } from '@/persistence/localStorage'

/** What became of data found in storage at start-up. */
type StoredLoad<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  /** Unreadable data (`text`), copied to `backupKey` and removed from its place. */
  | { status: 'set-aside'; backupKey: string; text: string }
  /** Unreadable data (`text`) that could not be copied aside (storage full): left where it is. */
  | { status: 'unreadable'; text: string }
  /** The browser refuses access to storage altogether. */
  | { status: 'unavailable' }

/** Parses stored JSON into a value, or says it cannot (undefined). */
export type StoredParser<T> = (data: unknown) => T | undefined

/**
 * Reads `key`. Data that cannot be read (not JSON, a wrong shape, a newer format) is copied to
 * a backup key before it is removed, never simply deleted: the caller shows a notice.
 */
function loadStored<T>(key: string, parse: StoredParser<T>): StoredLoad<T> {
  let raw: string | null
  try {
    raw = storage()?.getItem(key) ?? null
  } catch {
    return { status: 'unavailable' }
  }
  if (raw === null) return { status: 'empty' }
  const value = parseStoredText(raw, parse)
  if (value !== undefined) return { status: 'ok', value }
  const backupKey = copyAside(key, raw)
  if (backupKey === null) return { status: 'unreadable', text: raw }
  // The copy exists: if the original cannot be removed, it stays too.
  removeText(key)
  return { status: 'set-aside', backupKey, text: raw }
}

/** Copies `text` to a dated backup key beside `key`; the backup key, or null when storage refuses. */
export function copyAside(key: string, text: string): string | null {
  const backupKey = `${key}:set-aside:${new Date().toISOString()}`
  return saveText(backupKey, text) ? backupKey : null
}

/**
 * Calls `onChange` whenever another tab of this browser changes `key` (the `storage` event
 * fires in every tab but the one that wrote).
 */
function watchStored(key: string, onChange: () => void): void {
  if (typeof window === 'undefined') return
  const listener = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange()
  }
  window.addEventListener('storage', listener)
  // A store that is disposed stops following.
  if (getCurrentScope()) onScopeDispose(() => window.removeEventListener('storage', listener))
}

/** Parses stored text with `parse`; undefined for nothing stored or anything unreadable. */
function parseStoredText<T>(text: string | null, parse: StoredParser<T>): T | undefined {
  if (text === null) return undefined
  try {
    return parse(JSON.parse(text))
  } catch {
    return undefined
  }
}

/**
 * How a store merges its data with what another tab saved, where one tab's change must never
 * write away another's, even when both save in the same millisecond (each before reading the
 * other's save).
 */
export interface Merging<T> {
  /** Takes `stored` in, merged with this tab's data; true when this tab holds something `stored` lacks. */
  merge: (stored: T) => boolean
  /** The store's data, to be saved as `revision`. */
  save: (revision: number) => T
}

/**
 * Data kept under `key` that the tabs of one browser share (the draft, the margin figures, the
 * snapshots). It loads the data, setting unreadable data aside with a notice; follows what other
 * tabs write; and saves every change as the next revision on top of the newest stored value, so
 * that no tab ever writes an older state over a newer one. `adopt` takes a stored value into the
 * store; the store decides what a loaded value means (`loaded`) and what is saved (`save`).
 *
 * With `merging`, every value another tab saves is merged rather than followed by revision, and
 * saved back when this tab holds something it lacks: localStorage has no lock, and one tab's
 * write reaches another's only after a moment, so two writes can each miss the other.
 */
export function sharedStored<T extends { revision?: number }, Extra extends { kind: string } = never>(
  key: string,
  parse: StoredParser<T>,
  adopt: (value: T) => void,
  merging?: Merging<T>,
) {
  const loaded = loadStored(key, parse)
  let revision = 0
  /** The stored text this tab last read or wrote: unchanged, it holds nothing newer. */
  let seen: string | null = loaded.status === 'unreadable' ? loaded.text : null
  const notice = ref<StoredNotice | Extra | null>(null)
  /** True while unreadable data sits in the key: nothing is saved over it until `replace`. */
  const blocked = ref(false)
  /** While blocked: the notice about the unreadable data in the way, which offers it as a download. */
  let blockedBy: (StoredNotice & { kind: 'unreadable' }) | null = null
  /**
   * True only while what the page shows is what is stored: after a save that succeeded, or data
   * loaded or followed from storage. False after a save the browser refused, and while blocked.
   */
  const saved = ref(false)

  /** Keeps `saved` and the page-wide list of unsaved keys in step. */
  function markSaved(value: boolean) {
    saved.value = value
    if (value) unsavedKeys.delete(key)
    else unsavedKeys.add(key)
  }

  function take(value: T) {
    adopt(value)
    revision = value.revision ?? 0
    if (!blocked.value && notice.value?.kind !== 'not-saved') markSaved(true)
  }

  /** Unreadable data stays in the key: nothing is saved over it, and `by` says so, until `replace`. */
  function block(by: StoredNotice & { kind: 'unreadable' }) {
    blockedBy = by
    notice.value = by
    blocked.value = true
    markSaved(false)
  }

  if (loaded.status === 'set-aside') notice.value = { kind: 'set-aside', backupKey: loaded.backupKey, text: loaded.text }
  else if (loaded.status === 'unreadable') block({ kind: 'unreadable', text: loaded.text })
  else if (loaded.status === 'unavailable') {
    notice.value = { kind: 'not-saved' }
    markSaved(false)
  }

  /**
   * The stored value, when another tab has written a newer one than this tab's (with `merging`:
   * any other). Read on every change, so it parses only text this tab has not seen yet.
   */
  function newer(): T | undefined {
    const text = readStoredText(key)
    if (text === seen) return undefined
    seen = text
    const stored = parseStoredText(text, parse)
    if (text !== null && stored === undefined) setAside(text)
    return stored && (merging || (stored.revision ?? 0) > revision) ? stored : undefined
  }

  /**
   * Another tab saved what this one cannot read (a newer version of the app in that tab, or
   * damage): it is copied aside, with a notice, before anything is saved over it; when it cannot
   * be copied, nothing is saved over it until the person chooses.
   */
  function setAside(text: string) {
    const backupKey = copyAside(key, text)
    if (backupKey !== null) notice.value = { kind: 'set-aside', backupKey, text, byAnotherTab: true }
    else block({ kind: 'unreadable', text, byAnotherTab: true })
  }

  /** Takes in what another tab saved; true when this tab must save back what that lacks. */
  function follow(stored: T): boolean {
    if (!merging) {
      take(stored)
      return false
    }
    revision = Math.max(revision, stored.revision ?? 0)
    if (merging.merge(stored)) return true
    if (!blocked.value && notice.value?.kind !== 'not-saved') markSaved(true)
    return false
  }

  // Another tab changed the data: follow it, and save back what it lacks.
  watchStored(key, () => {
    const stored = newer()
    if (stored && follow(stored) && merging) write(merging.save)
  })

  /** Saves `save(next revision)`; says so when the browser refuses, and stops saying so once it saves. */
  function write(save: (revision: number) => T): boolean {
    if (blocked.value) {
      // Nothing is saved over unreadable data: the notice that says so comes back if it was put away.
      if (blockedBy && notice.value?.kind !== 'unreadable') notice.value = blockedBy
      markSaved(false)
      return false
    }
    const next = revision + 1
    const text = JSON.stringify(save(next))
    if (saveText(key, text)) {
      revision = next
      seen = text
      if (notice.value?.kind === 'not-saved') notice.value = null
      markSaved(true)
      return true
    }
    notice.value = { kind: 'not-saved' }
    markSaved(false)
    return false
  }

  /** Applies one change on top of the newest stored value, then saves it. */
  function change(apply: () => void, save: (revision: number) => T): boolean {
    const stored = newer()
    if (stored) follow(stored)
    apply()
    return write(save)
  }

  /**
   * Replaces the data with what the person chose (start over, the example, an import): unreadable
   * data in its place is discarded, and other tabs' newer writes are replaced, not merged.
   */
  function replace(apply: () => void, save: (revision: number) => T): boolean {
    const stored = newer()
    blocked.value = false
    blockedBy = null
    if (stored) revision = Math.max(revision, stored.revision ?? 0)
    apply()
    const saved = write(save)
    if (notice.value?.kind === 'unreadable') notice.value = null
    return saved
  }

  return { loaded, notice, blocked, saved, take, change, replace, write }
}
