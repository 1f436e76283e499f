import { readFileSync } from 'node:fs';
import { table } from './report.ts';
const f = JSON.parse(readFileSync(process.argv[2] as string, 'utf8'));
f.stressRuns ??= [];
console.log(table(f));
