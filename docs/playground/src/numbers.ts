/**
 * The number types (`sms-preflight/numbers`, backed by libphonenumber-js and its full metadata,
 * about 48 KB minified and gzipped). The page imports this module dynamically, when "Show number
 * types" is ticked, so the bundle splits it off into a chunk of its own: the page's main bundle
 * carries none of it.
 */
export { numberType } from 'sms-preflight/numbers'
export type { NumberType } from 'sms-preflight/numbers'
