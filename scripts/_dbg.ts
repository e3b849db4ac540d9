import { analyze } from '../src/domain/morphology/analyze';
for (const w of process.argv.slice(2)) {
  console.log(w);
  for (const a of analyze(w).slice(0, 12)) console.log('  ', a.score, a.root, a.affixes.map((x) => x.form).join(' '), a.aspect ?? '', a.focus ?? '', a.posHint ?? '');
}
