import { analyze, candidateRoots } from '../src/domain/morphology/analyze';
const rows = process.argv.slice(2).map((x) => x.split('='));
for (const [w, r] of rows) {
  const c = candidateRoots(w!);
  const a = analyze(w!).find((x) => x.root === r);
  console.log(c.indexOf(r!) === 0 ? 'FIRST' : c.includes(r!) ? `at ${c.indexOf(r!)}` : 'MISSING', w, r, JSON.stringify(c.slice(0, 5)), a ? `${a.aspect ?? '-'} ${a.focus ?? '-'} ${a.posHint ?? '-'} ${a.affixes.map((x) => x.form).join(' ')}` : '');
}
