/**
 * ITU-T E.164 country calling codes as data: each code with the ISO 3166-1 alpha-2 regions that
 * share it and the plausible lengths of a national significant number (NSN) behind it.
 *
 * Sources and dates are in `docs/numbering.md`. The table is small on purpose: it says which
 * country a number belongs to and whether its length is plausible there, nothing more (no
 * per-range validity, no number types).
 *
 * @packageDocumentation
 */

/**
 * One E.164 country calling code.
 *
 * `regions` lists every ISO 3166-1 alpha-2 region that shares the code (empty for a global,
 * non-geographic code such as +800 or +882). `minLength` and `maxLength` bound the length of the
 * national significant number: the digits after the calling code.
 *
 * @category Numbering
 */
export interface CallingCode {
  /** The calling code's digits, without `+` (`'46'`). */
  readonly code: string
  /** The ISO 3166-1 alpha-2 regions that share it. */
  readonly regions: ReadonlyArray<string>
  /** The shortest plausible national significant number. */
  readonly minLength: number
  /** The longest plausible national significant number. */
  readonly maxLength: number
}

/*
 * One entry per code, `code:REGIONS:min-max` (or `code:REGIONS:n` when min = max; `-` for no
 * region), grouped by world numbering zone. Parsed once into frozen objects.
 */
const DATA = `
1:US,CA,AG,AI,AS,BB,BM,BS,DM,DO,GD,GU,JM,KN,KY,LC,MP,MS,PR,SX,TC,TT,VC,VG,VI:10
20:EG:8-10 211:SS:9 212:MA,EH:9 213:DZ:8-9 216:TN:8 218:LY:8-9 220:GM:7 221:SN:9 222:MR:8
223:ML:8 224:GN:8-9 225:CI:8-10 226:BF:8 227:NE:8 228:TG:8 229:BJ:8-10 230:MU:7-8 231:LR:7-9
232:SL:8 233:GH:9 234:NG:7-10 235:TD:8 236:CF:8 237:CM:8-9 238:CV:7 239:ST:7 240:GQ:9
241:GA:7-8 242:CG:9 243:CD:7-9 244:AO:9 245:GW:7-9 246:IO:7 247:AC:5-6 248:SC:7 249:SD:9
250:RW:9 251:ET:9 252:SO:6-9 253:DJ:8 254:KE:7-10 255:TZ:9 256:UG:9 257:BI:8 258:MZ:8-9
260:ZM:9 261:MG:9 262:RE,YT:9 263:ZW:5-10 264:NA:8-10 265:MW:7-9 266:LS:8 267:BW:7-8 268:SZ:8
269:KM:7 27:ZA:9 290:SH,TA:4-5 291:ER:7 297:AW:7 298:FO:6 299:GL:6
30:GR:10 31:NL:9 32:BE:8-9 33:FR:9 34:ES:9 350:GI:8 351:PT:9 352:LU:4-11 353:IE:7-10
354:IS:7-9 355:AL:6-9 356:MT:8 357:CY:8 358:FI,AX:5-12 359:BG:6-9 36:HU:8-9 370:LT:8 371:LV:8
372:EE:7-10 373:MD:8 374:AM:8 375:BY:9-10 376:AD:6-9 377:MC:8-9 378:SM:6-10 380:UA:9
381:RS:6-12 382:ME:8 383:XK:8-9 385:HR:6-9 386:SI:8 387:BA:8-9 389:MK:8 39:IT,VA:6-12
40:RO:9 41:CH:9 420:CZ:9 421:SK:6-9 423:LI:7-9 43:AT:4-13 44:GB,GG,IM,JE:9-10 45:DK:8
46:SE:7-10 47:NO,SJ:8 48:PL:9 49:DE:5-13
500:FK,GS:5 501:BZ:7 502:GT:8 503:SV:8 504:HN:8 505:NI:8 506:CR:8 507:PA:7-8 508:PM:6 509:HT:8
51:PE:8-9 52:MX:10 53:CU:6-8 54:AR:10-11 55:BR:10-11 56:CL:9 57:CO:8-10 58:VE:10
590:GP,BL,MF:9 591:BO:8 592:GY:7 593:EC:8-9 594:GF:9 595:PY:6-9 596:MQ:9 597:SR:6-7 598:UY:8
599:CW,BQ:7-8
60:MY:8-10 61:AU,CX,CC:9 62:ID:7-12 63:PH:8-10 64:NZ:8-10 65:SG:8 66:TH:8-9 670:TL:7-8
672:NF:5-6 673:BN:7 674:NR:7 675:PG:7-8 676:TO:5-7 677:SB:5-7 678:VU:5-7 679:FJ:7 680:PW:7
681:WF:6 682:CK:5 683:NU:4-7 685:WS:5-10 686:KI:5-8 687:NC:6 688:TV:5-7 689:PF:8 690:TK:4-7
691:FM:7 692:MH:7
7:RU,KZ:10
800:-:8 808:-:8 81:JP:9-10 82:KR:8-10 84:VN:9-10 850:KP:8-10 852:HK:8 853:MO:8 855:KH:8-9
856:LA:8-10 86:CN:9-11 870:-:9 878:-:12 880:BD:6-10 881:-:9-10 882:-:7-12 883:-:9-12
886:TW:8-9 888:-:11
90:TR:10 91:IN:10 92:PK:8-10 93:AF:9 94:LK:9 95:MM:7-10 960:MV:7 961:LB:7-8 962:JO:8-9
963:SY:8-9 964:IQ:8-10 965:KW:8 966:SA:9 967:YE:7-9 968:OM:8 970:PS:8-9 971:AE:8-9 972:IL:8-9
973:BH:8 974:QA:7-8 975:BT:7-8 976:MN:8 977:NP:8-10 979:-:9 98:IR:10 992:TJ:9 993:TM:8
994:AZ:9 995:GE:9 996:KG:9 998:UZ:9
`

/*
 * NANP (+1) area codes that are not the United States: `RRaaabbb…` = region then its 3-digit
 * area codes. Every other area code resolves to US.
 */
const NANP = `
CA204226236249250257263289306343354365367368382403416418428431437438450468474506514519548579
CA581584587600604613639647672683705709742753778780782807819825867873879902905942
AG268 AI264 AS684 BB246 BM441 BS242 DM767 DO809829849 GD473 GU671 JM876658 KN869 KY345 LC758
MP670 MS664 PR787939 SX721 TC649 TT868 VC784 VG284 VI340
`

function parseCallingCodes(data: string): ReadonlyArray<CallingCode> {
  const out: CallingCode[] = []
  for (const token of data.split(/\s+/)) {
    if (token === '') continue
    const colon1 = token.indexOf(':')
    const colon2 = token.indexOf(':', colon1 + 1)
    const code = token.slice(0, colon1)
    const regionList = token.slice(colon1 + 1, colon2)
    const lengths = token.slice(colon2 + 1)
    const dash = lengths.indexOf('-')
    const minLength = Number(dash < 0 ? lengths : lengths.slice(0, dash))
    const maxLength = Number(dash < 0 ? lengths : lengths.slice(dash + 1))
    const regions = Object.freeze(regionList === '-' ? [] : regionList.split(','))
    out.push(Object.freeze({ code, regions, minLength, maxLength }))
  }
  return Object.freeze(out)
}

/**
 * Every assigned E.164 country calling code this library knows, in numeric order by zone.
 * The table is prefix-free: no code is a prefix of another.
 *
 * @example
 * ```ts
 * import { callingCodes } from 'sms-preflight'
 * callingCodes.find((c) => c.code === '46') // { code: '46', regions: ['SE'], minLength: 7, maxLength: 10 }
 * ```
 * @category Numbering
 */
export const callingCodes: ReadonlyArray<CallingCode> = /*#__PURE__*/ parseCallingCodes(DATA)

/*
 * Index by the first three digits of a number: every 3-digit string that starts with a code
 * points at that code (prefix-freeness makes this unique). 1000 slots.
 */
function indexByPrefix(codes: ReadonlyArray<CallingCode>): ReadonlyArray<CallingCode | undefined> {
  const slots: Array<CallingCode | undefined> = new Array<CallingCode | undefined>(1000).fill(undefined)
  for (const entry of codes) {
    const width = 10 ** (3 - entry.code.length)
    const first = Number(entry.code) * width
    for (let i = first; i < first + width; i++) slots[i] = entry
  }
  return Object.freeze(slots)
}

/** @internal The calling code for each 3-digit prefix `000`–`999`, or `undefined`. */
export const codeByPrefix: ReadonlyArray<CallingCode | undefined> = /*#__PURE__*/ indexByPrefix(callingCodes)

function indexNanp(data: string): ReadonlyArray<string | undefined> {
  const slots: Array<string | undefined> = new Array<string | undefined>(1000).fill(undefined)
  for (const token of data.split(/\s+/)) {
    const region = token.slice(0, 2)
    for (let i = 2; i + 3 <= token.length; i += 3) slots[Number(token.slice(i, i + 3))] = region
  }
  return Object.freeze(slots)
}

/** @internal The non-US region of each NANP area code `000`–`999`, or `undefined` (US). */
export const nanpRegionByAreaCode: ReadonlyArray<string | undefined> = /*#__PURE__*/ indexNanp(NANP)

/**
 * Looks up one calling code (`'46'`, `'1'`), or `undefined` when it is not an assigned code.
 *
 * @example
 * ```ts
 * import { findCallingCode } from 'sms-preflight'
 * findCallingCode('44')?.regions // ['GB', 'GG', 'IM', 'JE']
 * findCallingCode('999')         // undefined
 * ```
 * @category Numbering
 */
export function findCallingCode(code: string): CallingCode | undefined {
  if (typeof code !== 'string') return undefined
  // The slot of the code's first three digits (padded with zeros) holds the only code that can
  // match; the comparison then refuses whatever is not exactly that code (a prefix of it, a
  // longer string, non-digits, which index no slot or a slot of another code).
  const entry = codeByPrefix[Number((code + '00').slice(0, 3))]
  return entry !== undefined && entry.code === code ? entry : undefined
}
