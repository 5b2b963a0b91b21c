// `sms-preflight check --lang sv`: the issues' messages in Swedish, nothing else changed.
import { parseArgs } from '../../src/cli/args'
import { readLocale } from '../../src/cli/check'
import { EXIT } from '../../src/cli/run'
import { cli } from './cli'

const BAD = '{"sender":"Åhléns AB","recipients":["+46701234567"],"body":"Hej","tags":["a","a"]}'

describe('sms-preflight check --lang', () => {
  it('prints the issues in Swedish with --lang sv, codes and positions as in English', () => {
    const r = cli(['check', '--lang', 'sv', 'bad.json'], { 'bad.json': BAD })
    expect(r).toStrictEqual({
      code: EXIT.invalid,
      out: [
        '✖ bad.json is invalid: 2 errors, 1 warning',
        'Errors:',
        '  bad.json:1:11  sender.invalid_characters  En alfanumerisk avsändare får bara innehålla A–Z, a–z och 0–9 (inte å, ä eller ö); den här innehåller "Å", "é" och " ".',
        '  bad.json:1:37  recipient.non_digit  Ett mottagarnummer (MSISDN) får bara innehålla siffror; det här innehåller "+". Skriv numret utan inledande "+": landsnummer och sedan nummer, till exempel 46701234567.',
        'Warnings:',
        '  bad.json:1:78  tag.duplicate  Taggen "a" upprepar tagg 0.',
      ].join('\n'),
      err: '',
    })
    const english = cli(['check', 'bad.json'], { 'bad.json': BAD })
    const shape = (out: string): string[] => out.split('\n').map((line) => line.split('  ').slice(0, 3).join('  '))
    expect(shape(r.out)).toStrictEqual(shape(english.out))
  })

  it('gives exactly the default output with --lang en, and takes the language in any case and as --lang=sv', () => {
    expect(cli(['check', '--lang', 'en', 'bad.json'], { 'bad.json': BAD })).toStrictEqual(cli(['check', 'bad.json'], { 'bad.json': BAD }))
    const sv = cli(['check', '--lang', 'sv', 'bad.json'], { 'bad.json': BAD })
    expect(cli(['check', '--lang=SV', 'bad.json'], { 'bad.json': BAD })).toStrictEqual(sv)
    expect(cli(['check', 'bad.json', '--lang', 'Sv'], { 'bad.json': BAD })).toStrictEqual(sv)
  })

  it('says the warnings of a valid request in Swedish too', () => {
    const r = cli(['check', '--lang', 'sv', 'w.json'], { 'w.json': '{"sender":"iP1","recipients":["46701234567"],"body":"Hej","tags":["a","a"]}' })
    expect(r.code).toBe(EXIT.valid)
    expect(r.out.endsWith('\nWarnings:\n  w.json:1:71  tag.duplicate  Taggen "a" upprepar tagg 0.')).toBe(true)
  })

  it('says json.invalid in Swedish, and gives Swedish messages in --json', () => {
    const invalid = cli(['check', '--lang', 'sv', 'x.json'], { 'x.json': '{"sender": }' })
    expect(invalid.out.split('\n').slice(-1)).toStrictEqual([
      '  x.json:1:12  json.invalid  Begäran är inte giltig JSON på rad 1, kolumn 12: oväntat tecken "}" där ett värde väntades.',
    ])
    const json = JSON.parse(cli(['check', '--json', '--lang', 'sv', 'bad.json'], { 'bad.json': BAD }).out) as { issues: Array<{ code: string; message: string }> }
    expect(json.issues.map((i) => [i.code, i.message.slice(0, 20)])).toStrictEqual([
      ['sender.invalid_characters', 'En alfanumerisk avsä'],
      ['recipient.non_digit', 'Ett mottagarnummer ('],
      ['tag.duplicate', 'Taggen "a" upprepar '],
    ])
  })

  it('refuses a language it does not know with one line (exit 2), before reading any file', () => {
    expect(cli(['check', '--lang', 'fr', 'missing.json'])).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight check: --lang is en (English) or sv (Swedish), not "fr"; see sms-preflight check --help',
    })
    expect(cli(['check', '--lang']).err).toBe('sms-preflight check: --lang needs a value; see sms-preflight check --help')
  })

  it('is an option of check, not count', () => {
    expect(cli(['count', '--lang', 'sv', 'Hej'])).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight count: --lang is an option of check, not count; see sms-preflight count --help',
    })
  })

  it('is listed in the help of check', () => {
    const help = cli(['check', '--help']).out
    expect(help).toContain('--lang en|sv')
    expect(help).toContain('sv, Swedish')
    expect(cli(['count', '--help']).out).not.toContain('--lang')
  })
})

describe('readLocale', () => {
  it('reads en (the default) and sv in any case, and refuses anything else', () => {
    expect(readLocale(undefined)).toStrictEqual({ ok: true, locale: 'en' })
    expect(readLocale('SV')).toStrictEqual({ ok: true, locale: 'sv' })
    expect(readLocale('en')).toStrictEqual({ ok: true, locale: 'en' })
    expect(readLocale('sv-SE')).toStrictEqual({ ok: false, problem: '--lang is en (English) or sv (Swedish), not "sv-SE"' })
  })

  it('is parsed as a value option of check', () => {
    const parsed = parseArgs(['check', 'a.json', '--lang=sv'])
    expect(parsed.ok ? parsed.args.values.get('--lang') : undefined).toBe('sv')
  })
})
