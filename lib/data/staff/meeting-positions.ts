// Ordered parts of a meeting (agenda items, outcomes): moving one a place up
// or down. Positions are renumbered 0..n-1 on the way, so gaps and ties left
// by removals or old data never block a move; only rows that change are written.

export type Positioned = { id: string; position: number };

export function movedPositions(rows: Positioned[], id: string, direction: "up" | "down"): Positioned[] | null {
  const order = [...rows].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const index = order.findIndex((row) => row.id === id);
  if (index < 0) return null;
  const target = direction === "up" ? index - 1 : index + 1;
  if (target >= 0 && target < order.length) [order[index], order[target]] = [order[target], order[index]];
  return order.flatMap((row, position) => (row.position === position ? [] : [{ id: row.id, position }]));
}

/** The position after the last one. */
export const nextPosition = (rows: { position: number }[]) => rows.reduce((max, row) => Math.max(max, row.position + 1), 0);

/** Item ids in order, before or after a move. */
export function sortedIds(rows: { id: string; position: number }[], changes: { id: string; position: number }[] = []) {
  const moved = new Map(changes.map((c) => [c.id, c.position]));
  return rows
    .map((row) => ({ id: row.id, position: moved.get(row.id) ?? row.position }))
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
    .map((row) => row.id);
}
