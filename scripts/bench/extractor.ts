// The extractor's speed (issue 23: "under 1 s an item", offline): every item
// of its own set read once to warm up, then again, timed item by item.
import { extractorSet } from "../../tests/fixtures/import/extractor-set";
import { scoreExtractor } from "../../tests/fixtures/import/score";

export type ExtractorTiming = { items: number; slowestMs: number; meanMs: number };

export function measureExtractor(): ExtractorTiming {
  scoreExtractor();
  const started = performance.now();
  const { slowest } = scoreExtractor();
  const total = performance.now() - started;
  return { items: extractorSet.length, slowestMs: slowest, meanMs: total / extractorSet.length };
}
