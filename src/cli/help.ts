/**
 * The command line's help texts: the overview (`sms-preflight --help`) and one per command
 * (`sms-preflight check --help`, `sms-preflight count --help`).
 *
 * @packageDocumentation
 */
import type { Command } from './args.js'

const OVERVIEW = `sms-preflight: pre-flight checks for SMS batch requests (POST /v2/batches), no network.

Usage:
  sms-preflight check FILE... [options]   check batch requests (JSON; - reads standard input)
  sms-preflight count TEXT [options]      count one text: encoding, units, segments
  sms-preflight serve [options]           a local stand-in for POST /v2/batches (never sends)
  sms-preflight -h, --help                this help (after a command, that command's help)
  sms-preflight -v, --version             the version of sms-preflight

sms-preflight check --help, count --help and serve --help describe each command.

Exit codes: 0 valid; 1 invalid (or, with --fail-on-warnings, warnings); 2 bad usage, input
that cannot be read, or output that cannot be written.`

const CHECK = `Usage: sms-preflight check FILE... [options]

Checks each FILE, a batch request as JSON in UTF-8 (POST /v2/batches); - reads standard
input, and a FILE that starts with - goes after -- (check -- -old.json). Every issue is shown
as FILE:LINE:COLUMN  code  message; bytes that are not UTF-8 are json.invalid where they
stand. For a valid request it shows, per recipient, the message that will be sent (country,
number length, encoding, units, segments), the delivery windows, the summary and, with
--account and --price, the price.

When libphonenumber-js is installed (an optional peer dependency of sms-preflight), each
recipient's number type is shown too (mobile, fixed_line, fixed_line_or_mobile, toll_free,
…, or unknown), and a number that cannot receive SMS (a landline, a toll-free, premium-rate,
shared-cost, VoIP, pager or UAN number) gets the warning recipient.not_mobile.

Options:
  --now ISO                   "now" for the delivery windows, an ISO-8601 date-time
                              (no offset = UTC) up to 9999-12-24T23:59:59.999Z, so that
                              the default window (168 hours) ends in 9999; default: the clock
  --account SE|international  bill in SEK (SE) or EUR (international); goes with --price
  --price DECIMAL             the base price of one segment, up to 4 decimals (0.35, 0.0595)
  --lang en|sv                the language of the issues' messages: en, English (default),
                              or sv, Swedish; codes and the rest of the output stay as they are
  --parts                     also show each message's segment texts
  --no-number-types           no number types and no recipient.not_mobile, even when
                              libphonenumber-js is installed (it takes about 7 µs a recipient)
  --fail-on-warnings          exit 1 when a valid request has warnings
  --json                      print JSON: per file, the prepared batch or the issues (each
                              with its line and column); an array for several files
  --no-color                  no colours (also NO_COLOR=1; colours only on a terminal)
  -h, --help                  this help
  -v, --version               the version of sms-preflight

Exit codes: 0 every request valid; 1 a request invalid (or, with --fail-on-warnings, with
warnings); 2 bad usage, a file that cannot be read, or output that cannot be written. With
several files, the worst.`

const COUNT = `Usage: sms-preflight count TEXT [options]

Counts one text as an SMS body: the encoding it is sent in, its length in septets (GSM-7) or
UTF-16 code units (UCS-2), its segments and what is left in the last one; the characters
outside the GSM 03.38 tables, and the GSM look-alikes that could replace them. Quote a TEXT
with spaces; a TEXT that starts with - goes after -- (count -- "-20% today"); - reads it
from standard input as UTF-8 (a byte order mark and one final line break dropped).

Options:
  --datacoding ucs|gsm  ucs (default): GSM-7 when every character fits, else UCS-2;
                        gsm: GSM-7 only (a text with any other character cannot be sent)
  --details             one line per character: its code point, index, septets, units as
                        sent, the GSM table that holds it and its look-alike
  --json                print the analysis, whether it can be sent (with the body rule's
                        issues) and the look-alike offer as JSON (with --details, the
                        characters too)
  --no-color            no colours (also NO_COLOR=1; colours only on a terminal)
  -h, --help            this help
  -v, --version         the version of sms-preflight

A text of more than one segment also gets the fewest characters to remove from its end to
save a segment.

Exit codes: 0 the text can be sent; 1 it cannot (empty or only white space, over 2000
characters, or --datacoding gsm and a character outside GSM-7); 2 bad usage, standard input
that cannot be read or is not UTF-8, or output that cannot be written.`

const SERVE = `Usage: sms-preflight serve [options]

Runs a local stand-in for the provider's endpoint on HTTP: it checks every batch as check
does, stores it in memory and never sends anything. POST /v2/batches answers 201 with the
prepared batch (Location: /v2/batches/{id}) or 400 with problem details (every issue with its
line and column); GET /v2/batches/{id} reads a batch again; GET /v2/batches?tag=T lists them.
The first line printed is the address; then one line per request. Ctrl-C (SIGINT) or SIGTERM
stops it.

Options:
  --port N           the TCP port (default 8080; 0 picks a free one)
  --host ADDRESS     the address to listen on (default 127.0.0.1: this machine only)
  --api-key KEY      require "Authorization: Bearer KEY" on every request (default: the
                     SMS_PREFLIGHT_API_KEY environment variable, else no key); the variable
                     keeps the key out of the process list
  --timeout SECONDS  how long a request may take to arrive, headers and body (default 30);
                     a slower client is answered 408 and cut off
  --no-number-types  no recipient.not_mobile warnings, even when libphonenumber-js is
                     installed (with it, a 201 warns for a landline as check does)
  -h, --help         this help
  -v, --version      the version of sms-preflight

Exit codes: 0 stopped by a signal; 1 the address cannot be bound; 2 bad usage, or a log line
that cannot be written.`

/** The help of a command, or the overview. */
export function helpText(command: Command | undefined): string {
  return command === 'check' ? CHECK : command === 'count' ? COUNT : command === 'serve' ? SERVE : OVERVIEW
}

/** `see sms-preflight check --help`: where a usage error points. */
export function seeHelp(command: Command | undefined): string {
  return `see sms-preflight${command === undefined ? '' : ` ${command}`} --help`
}

/** One line for a usage error: `sms-preflight check: <problem>; see sms-preflight check --help`. */
export function usageLine(command: Command | undefined, problem: string): string {
  return `sms-preflight${command === undefined ? '' : ` ${command}`}: ${problem}; ${seeHelp(command)}`
}
