import { readFileSync } from 'node:fs';
import { Engine } from '../src/domain/morphology/engine';
const words = [...new Set(readFileSync('/tmp/forms.txt', 'utf8').split('\n').filter(Boolean))];
const e = new Engine();
let n = 0, max = 0, mw = '';
for (const w of words) { const f = e.run(w.toLowerCase(), undefined, 0, false).length; n += f; if (f > max) { max = f; mw = w; } }
console.log('found per word', n / words.length, 'max', max, mw);
