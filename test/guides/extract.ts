/**
 * The code of a guide, read out of its markdown: every fenced block whose info string names a
 * file (` ```ts file=campaign-form.ts `) or a result (` ```js result=react-errors `). The tests
 * run these blocks as they stand on the page, so that the guide and what it claims cannot drift.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The repository's root. */
export const ROOT = join(__dirname, '..', '..')

/** One fenced block: its language, and its text without the fences. */
export interface Block {
  readonly lang: string
  readonly code: string
  /** The 1-based line of its opening fence, for messages. */
  readonly line: number
}

/** A guide's named blocks: `files` by file name, `results` by result name. */
export interface Guide {
  readonly files: ReadonlyMap<string, Block>
  readonly results: ReadonlyMap<string, Block>
}

const OPENING = /^```(\w+)\s+(file|result)=(\S+)\s*$/
const FENCE = /^```\s*$/

/** Reads the named blocks of a markdown text; a name given twice, or an unclosed block, throws. */
export function extractBlocks(markdown: string): Guide {
  const files = new Map<string, Block>()
  const results = new Map<string, Block>()
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const opening = OPENING.exec(lines[i] ?? '')
    if (opening === null) continue
    const [, lang = '', kind, name = ''] = opening
    const end = lines.findIndex((line, j) => j > i && FENCE.test(line))
    if (end < 0) throw new Error(`the block ${name} opened at line ${i + 1} is never closed`)
    const target = kind === 'file' ? files : results
    if (target.has(name)) throw new Error(`two blocks are named ${name} (the second at line ${i + 1})`)
    target.set(name, { lang, code: lines.slice(i + 1, end).join('\n') + '\n', line: i + 1 })
    i = end
  }
  return { files, results }
}

/** The named blocks of `docs/guides/<name>`. */
export function readGuide(name: string): Guide {
  return extractBlocks(readFileSync(join(ROOT, 'docs', 'guides', name), 'utf8'))
}

/** One file of a guide; throws, naming the file, when the guide has no such block. */
export function fileOf(guide: Guide, name: string): Block {
  const block = guide.files.get(name)
  if (block === undefined) throw new Error(`the guide has no block named ${name}`)
  return block
}
