#!/usr/bin/env node
'use strict'
// The command line. Run `npm run build` first when working from a clone.
const { main } = require('../dist/cjs/cli/main.js')
process.exitCode = main(process.argv.slice(2))
