// localStorage itself, kept small: the start page loads this module with the app's entry, and
// only needs to know whether there is a draft to resume. The shared-data mechanism is in sharedStored.ts.
import { reactive } from 'vue'

/**
 * The keys whose changes the browser is not saving now (it refused a save, or unreadable data
 * blocks the key). Every page reads it, so that the person is told on any page, not only on the
 * page of the data, and nothing (the update notice included) claims such data is kept.
 */
export const unsavedKeys = reactive(new Set<string>())

/** localStorage, or undefined where the browser switches it off. */
export function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    // Storage can be switched off (private modes, blocked cookies): work without it.
    return undefined
  }
}

/** The text stored under `key`, or null. */
export function readStoredText(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** Writes `text` as it is under `key`; false when storage is full or switched off. */
export function saveText(key: string, text: string): boolean {
  try {
    const store = storage()
    if (!store) return false
    store.setItem(key, text)
    return true
  } catch {
    return false
  }
}

/** Removes `key`; false when storage is switched off. */
export function removeText(key: string): boolean {
  try {
    storage()?.removeItem(key)
    return true
  } catch {
    return false
  }
}

/**
 * Puts `text` back under `key` as it was before a write, or removes the key when there was
 * nothing (null). What was stored before fits again once the newer text is removed.
 */
export function restoreText(key: string, text: string | null): void {
  removeText(key)
  if (text !== null) saveText(key, text)
}

/** Where the draft of the person's own answers lives in localStorage. */
export const DRAFT_KEY = 'more-than-a-chip:draft'

/**
 * Whether a draft with at least one answer, or unreadable data, is stored: the start page uses
 * it to offer "resume" without loading the draft's validation; the draft is parsed when opened.
 * An empty draft (after starting over) offers nothing to resume.
 */
export function hasStoredDraft(): boolean {
  const text = readStoredText(DRAFT_KEY)
  if (text === null) return false
  try {
    const answers = (JSON.parse(text) as { state?: { answers?: object } }).state?.answers
    return answers === undefined || Object.keys(answers).length > 0
  } catch {
    return true
  }
}

