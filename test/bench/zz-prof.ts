import { readFileSync } from 'node:fs';
import { analyze, clearAnalysisCache } from '../../src/domain/morphology/analyze';
import { tokenize } from '../../src/domain/text/tokenize';
const news = readFileSync('/work/shared/dev/alt-tl-en-dev.tsv', 'utf8').split('\n')
  .flatMap((l) => tokenize(l.split('\t')[0] ?? '')).flatMap((t) => (t.kind === 'word' ? [t.text] : []));
const distinct = [...new Set(news.map((w) => w.toLowerCase()))];
const mode = process.argv[2] ?? 'news';
const words = mode === 'news' ? news : distinct;
for (let r = 0; r < 40; r++) {
  clearAnalysisCache();
  const s = process.cpuUsage();
  for (const w of words) analyze(w);
  const u = process.cpuUsage(s);
  console.log(mode, words.length, Math.round(words.length / ((u.user + u.system) / 1e6)));
}
