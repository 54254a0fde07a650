/**
 * A dictionary's words as a Map whose entries are read from a store only when a key is asked
 * for: the Ding pack reads a pack line at each get, a prebuilt JSON pack parses an entry the
 * first time it is asked for. Every key of the store is known from the start (has, size and
 * iteration see them all). Keys a caller sets or deletes live in the Map itself and win over
 * the store.
 */
import type { Entry } from '../document.js'

export abstract class LazyWords extends Map<string, Entry[]> {
  /** keys of the store that a caller has set or deleted */
  readonly #removed = new Set<string>()

  /** Where the store has `key`: any number but 0, passed to entriesAt; 0 when it has none. */
  protected abstract find(key: string): number
  /** The entries of `key`, found at `found`. */
  protected abstract entriesAt(found: number, key: string): Entry[]
  /** Every key of the store, each once. */
  protected abstract storeKeys(): Iterable<string>
  protected abstract readonly storeSize: number

  /** The store's place for `key`, unless a caller has set or deleted it; else 0. */
  #find(key: string): number {
    if (this.#removed.size > 0 && this.#removed.has(key)) return 0
    return this.find(key)
  }

  override get(key: string): Entry[] | undefined {
    if (super.size > 0) {
      const own = super.get(key)
      if (own) return own
    }
    const found = this.#find(key)
    return found === 0 ? undefined : this.entriesAt(found, key)
  }

  override has(key: string): boolean {
    return super.has(key) || this.#find(key) !== 0
  }

  override set(key: string, entries: Entry[]): this {
    if (this.find(key) !== 0) this.#removed.add(key)
    return super.set(key, entries)
  }

  override delete(key: string): boolean {
    const inStore = this.#find(key) !== 0
    if (inStore) this.#removed.add(key)
    return super.delete(key) || inStore
  }

  override clear(): void {
    for (const key of this.#storeKeys()) this.#removed.add(key)
    super.clear()
  }

  /** Keys of the store no caller has set or deleted. */
  *#storeKeys(): IterableIterator<string> {
    for (const key of this.storeKeys()) if (!this.#removed.has(key)) yield key
  }

  override get size(): number {
    // #removed holds only keys of the store
    return super.size + this.storeSize - this.#removed.size
  }

  override forEach(callback: (value: Entry[], key: string, map: Map<string, Entry[]>) => void, thisArg?: unknown) {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }

  override *keys(): MapIterator<string> {
    yield* super.keys()
    yield* this.#storeKeys()
  }

  override *values(): MapIterator<Entry[]> {
    for (const [, value] of this.entries()) yield value
  }

  override *entries(): MapIterator<[string, Entry[]]> {
    yield* super.entries()
    for (const key of this.#storeKeys()) yield [key, this.get(key) as Entry[]]
  }

  override [Symbol.iterator]() {
    return this.entries()
  }
}
