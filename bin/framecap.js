#!/usr/bin/env node
// The published CLI runs the bundled build; `npm run build` makes dist/.
import '../dist/cli.js';
