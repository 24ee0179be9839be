import { scoreExtractor } from "./tests/fixtures/import/score";
const r = scoreExtractor();
for (const [k, v] of Object.entries(r.scores)) console.log(k, v.right + "/" + v.total, (v.value * 100).toFixed(0) + "%");
console.log("F1", r.f1.toFixed(2), "P", r.precision.toFixed(2), "R", r.recall.toFixed(2), "slowest ms", r.slowest.toFixed(1));
console.log(r.misses.join("\n"));
