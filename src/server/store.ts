/**
 * The stand-in's memory of accepted batches: bounded by the bytes it holds and by a count, the
 * oldest dropped first, ids from a counter (unique within one handler, in the order accepted).
 *
 * A batch is held as the JSON of its 201 answer, already encoded, so that what a batch costs is
 * known exactly (its bytes) and a `GET` answers without serialising again.
 *
 * @packageDocumentation
 */
import type { Summary } from '../compose.js'

/** One accepted batch as the store holds it. */
export interface StoredBatch {
  /** `b` and the sequence number: `b1`, `b2`, … */
  readonly id: string
  /** The sequence number, from 1, in the order accepted. */
  readonly seq: number
  /** When it was accepted (UTC ISO-8601). */
  readonly created: string
  /** Its tags, as written. */
  readonly tags: ReadonlyArray<string>
  /** Its client reference, or `null`. */
  readonly reference: string | null
  /** Its summary. */
  readonly summary: Summary
  /** The JSON of its 201 answer, UTF-8. */
  readonly body: Uint8Array<ArrayBuffer>
}

/** What the store needs to keep a batch; the id is given to `make`. */
export type NewBatch = Omit<StoredBatch, 'id' | 'seq'>

/** What a listing asks for: every tag must be among the batch's, newest first. */
export interface ListQuery {
  readonly tags: ReadonlyArray<string>
  /** Only batches accepted before this sequence number. */
  readonly before: number | undefined
  readonly limit: number
}

/** The limits of a store. */
export interface StoreLimits {
  /** The most bytes of stored answers. */
  readonly maxBytes: number
  /** The most batches. */
  readonly maxBatches: number
}

/** A bounded store of batches. */
export interface BatchStore {
  /** Keeps a batch under the next id (assigned here, synchronously), dropping the oldest past a limit. */
  readonly put: (make: (id: string) => NewBatch) => StoredBatch
  readonly get: (id: string) => StoredBatch | undefined
  /** A page of batches, newest first, and whether more match past it. */
  readonly list: (query: ListQuery) => { readonly batches: ReadonlyArray<StoredBatch>; readonly more: boolean }
  /** The batches and bytes held now. */
  readonly usage: () => { readonly batches: number; readonly bytes: number }
}

/** The id of a sequence number. */
export const idOf = (seq: number): string => `b${seq}`

/**
 * A whole number from 1 to `max` written in decimal digits alone (no sign, no leading zero, no
 * space), or undefined. The digits are checked one by one, so nothing `Number` would also read
 * (`0x1f`, `1e3`, ` 7`) passes.
 */
export function positiveDecimal(text: string, max: number): number | undefined {
  if (text === '' || text.startsWith('0')) return undefined
  for (const c of text) if (c < '0' || c > '9') return undefined
  const n = Number(text)
  return n <= max ? n : undefined
}

/** The sequence number of an id (`b12` → 12), or undefined when it is not one. */
export const seqOf = (id: string): number | undefined => (id.startsWith('b') ? positiveDecimal(id.slice(1), Number.MAX_SAFE_INTEGER) : undefined)

/**
 * A store within `limits`. The newest batch is always kept, even alone past the byte limit, so
 * that the `Location` of a 201 answers.
 */
export function createStore(limits: StoreLimits): BatchStore {
  // A Map iterates in insertion order: the oldest first.
  const batches = new Map<string, StoredBatch>()
  let bytes = 0
  let last = 0
  const put = (make: (id: string) => NewBatch): StoredBatch => {
    const seq = ++last
    const id = idOf(seq)
    const batch: StoredBatch = { ...make(id), id, seq }
    batches.set(id, batch)
    bytes += batch.body.byteLength
    for (const [oldId, old] of batches) {
      if (batches.size <= 1 || (bytes <= limits.maxBytes && batches.size <= limits.maxBatches)) break
      batches.delete(oldId)
      bytes -= old.body.byteLength
    }
    return batch
  }
  const list = (query: ListQuery): { batches: StoredBatch[]; more: boolean } => {
    const found: StoredBatch[] = []
    for (const b of [...batches.values()].reverse()) {
      if (query.before !== undefined && b.seq >= query.before) continue
      if (!query.tags.every((t) => b.tags.includes(t))) continue
      if (found.length === query.limit) return { batches: found, more: true }
      found.push(b)
    }
    return { batches: found, more: false }
  }
  return {
    put,
    get: (id) => batches.get(id),
    list,
    usage: () => ({ batches: batches.size, bytes }),
  }
}
