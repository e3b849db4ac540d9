import { benchAnalyzer } from '/work/main/test/bench/analyzer';
for (const r of await benchAnalyzer()) console.log(r.name, Math.round(r.value), r.unit);
