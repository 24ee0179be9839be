// Ordered lists (the agenda, outcomes, attendees and documents of a meeting):
// the one reorder algorithm. The list is sorted (position, then id, so ties
// left by old data are stable), changed, and renumbered 0..n-1; only rows
// whose position changes are written. Gaps and ties never block a move.

export type Positioned = { id: string; position: number };
export type Direction = "up" | "down";

const ordered = (rows: readonly Positioned[]) =>
  [...rows].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));

/** The rows whose position must change so that `order` reads 0..n-1. */
function renumber(order: readonly Positioned[]): Positioned[] {
  return order.flatMap((row, position) => (row.position === position ? [] : [{ id: row.id, position }]));
}

/** Moving `id` one place up or down (nothing at either end); null when `id` is not in the list. */
export function movedPositions(rows: readonly Positioned[], id: string, direction: Direction): Positioned[] | null {
  const order = ordered(rows);
  const index = order.findIndex((row) => row.id === id);
  if (index < 0) return null;
  const target = direction === "up" ? index - 1 : index + 1;
  if (target >= 0 && target < order.length) [order[index], order[target]] = [order[target], order[index]];
  return renumber(order);
}

/** After a removal: the rows to renumber so the list is 0..n-1 again. */
export const closedGaps = (rows: readonly Positioned[]): Positioned[] => renumber(ordered(rows));

/** The position after the last one. */
export const nextPosition = (rows: readonly { position: number }[]) =>
  rows.reduce((max, row) => Math.max(max, row.position + 1), 0);

/** Item ids in order, before or after a change. */
export function sortedIds(rows: readonly Positioned[], changes: readonly Positioned[] = []): string[] {
  const moved = new Map(changes.map((c) => [c.id, c.position]));
  return ordered(rows.map((row) => ({ id: row.id, position: moved.get(row.id) ?? row.position }))).map((row) => row.id);
}
