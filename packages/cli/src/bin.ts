#!/usr/bin/env node
import { run } from './run.js';

// exitCode, not exit(): stdout and stderr are flushed before the process ends, even into a pipe.
process.exitCode = await run(process.argv.slice(2));
