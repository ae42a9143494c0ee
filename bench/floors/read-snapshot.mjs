// The floor of `build --all`: read a snapshot file and JSON.parse it. Usage: node read-snapshot.mjs <file>
import { readFileSync } from 'node:fs';

const snapshot = JSON.parse(readFileSync(process.argv[2], 'utf8'));
if (!Array.isArray(snapshot.jobs)) throw new Error('not a snapshot');
