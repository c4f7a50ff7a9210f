// Sums the vitest summaries ("Tests  3 failed | 41 passed (44)") of every package in a `pnpm test` log,
// and counts a test file that failed to load ("Test Files  1 failed", no test counted) as one failure.
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const log = stripVTControlCharacters(readFileSync(process.argv[2], 'utf8'));
let passed = 0;
let failed = 0;
let pendingFileFailures = 0;
for (const line of log.split('\n')) {
  const files = /Test Files\s+(.*)$/.exec(line);
  if (files) {
    pendingFileFailures = Number(/(\d+) failed/.exec(files[1])?.[1] ?? 0);
    continue;
  }
  const tests = /\bTests\s+(.*\(\d+\))\s*$/.exec(line);
  if (tests) {
    const testFailures = Number(/(\d+) failed/.exec(tests[1])?.[1] ?? 0);
    passed += Number(/(\d+) passed/.exec(tests[1])?.[1] ?? 0);
    failed += testFailures;
    // a file can fail without any of its tests failing (an error while loading it)
    if (pendingFileFailures > testFailures) failed += pendingFileFailures - testFailures;
    pendingFileFailures = 0;
  }
}
failed += pendingFileFailures;
console.log(`${passed} ${failed}`);
