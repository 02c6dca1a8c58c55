// The CSV baseline: a process that reads the file and parses it with papaparse, nothing more.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const file = process.argv[2];
if (!file) throw new Error('usage: bare-papaparse FILE.csv');
Papa.parse(readFileSync(file, 'utf8'));
