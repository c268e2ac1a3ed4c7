#!/usr/bin/env node
'use strict';
require('../dist/load.cjs').loadChunk('cli').run({ exitWhenDone: true });
