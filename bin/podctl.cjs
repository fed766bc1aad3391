#!/usr/bin/env node
'use strict';
// Kept CommonJS and tiny: the ESM loader would add to every start-up.
require('../dist/podctl.cjs');
