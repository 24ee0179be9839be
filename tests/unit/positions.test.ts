import { describe, expect, it } from "vitest";
import { closedGaps, movedPositions, nextPosition, sortedIds } from "@/lib/content/positions";

const rows = [
  { id: "a", position: 0 },
  { id: "b", position: 1 },
  { id: "c", position: 2 },
];

describe("the one reorder algorithm (lib/content/positions.ts)", () => {
  it("moves an item one place and writes only the rows that change", () => {
    expect(movedPositions(rows, "c", "up")).toEqual([
      { id: "c", position: 1 },
      { id: "b", position: 2 },
    ]);
    expect(movedPositions(rows, "a", "down")).toEqual([
      { id: "b", position: 0 },
      { id: "a", position: 1 },
    ]);
  });

  it("does nothing at either end, and says when the item is not in the list", () => {
    expect(movedPositions(rows, "a", "up")).toEqual([]);
    expect(movedPositions(rows, "c", "down")).toEqual([]);
    expect(movedPositions(rows, "z", "up")).toBeNull();
  });

  it("renumbers gaps and ties left by removals or old data, ordering ties by id", () => {
    const messy = [
      { id: "b", position: 5 },
      { id: "a", position: 5 },
      { id: "c", position: 9 },
    ];
    expect(movedPositions(messy, "c", "up")).toEqual([
      { id: "a", position: 0 },
      { id: "c", position: 1 },
      { id: "b", position: 2 },
    ]);
    expect(closedGaps(messy)).toEqual([
      { id: "a", position: 0 },
      { id: "b", position: 1 },
      { id: "c", position: 2 },
    ]);
    expect(closedGaps(rows)).toEqual([]);
  });

  it("gives the position after the last one and the order before and after a change", () => {
    expect(nextPosition([])).toBe(0);
    expect(nextPosition([{ position: 3 }, { position: 7 }])).toBe(8);
    const changes = movedPositions(rows, "b", "down")!;
    expect(sortedIds(rows)).toEqual(["a", "b", "c"]);
    expect(sortedIds(rows, changes)).toEqual(["a", "c", "b"]);
  });
});
