#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { run } from './internal/run.js';

// Node's fetch parses HTTP with a WebAssembly build of llhttp, compiled on the first request; V8 then
// optimises it on background threads, and process exit waits for that work: about 0.4-0.6 s after
// the output, measured on this repo's bench machine. A command that makes a request or two gains
// nothing from optimised parsing, so only the baseline compiler is used. Set here, before any
// WebAssembly is compiled, and in the bin alone (never by `run`, which may live in someone's process).
setFlagsFromString('--liftoff-only');

// A reader that went away (`modelgates keys list | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await run(process.argv.slice(2));
process.exitCode = code;
// Node's fetch also keeps the connection open for reuse (keep-alive), which would hold the process
// until the socket closes. A one-shot command exits as soon as its output is flushed: the write
// callbacks fire once everything written before them has been handed to the OS.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
