// Whether an error means the database cannot be reached (down, restarting,
// network gone), as opposed to a bad query: the portal then says so plainly
// and keeps what the user typed, and answers pages with 503.
const unreachableCodes = new Set(["P1001", "P1002", "P1008", "P1017"]);
// PostgreSQL's class 57P ("operator intervention": shutting down, starting
// up, crashed) and class 08 (connection exceptions) mean the same: the
// server is not there just now. Prisma reports them with the server's code
// in its message ("Database error. Code: `57P03`").
const unreachableSqlStates = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"]);
const unreachableMessage =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|Can't reach database|server (has )?closed the connection|terminating connection|the database system is (shutting down|starting up|in recovery mode|not yet accepting connections)|Code: `(57P0[1-3]|0800[0-6])`/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === "string" &&
      (unreachableCodes.has(code) || unreachableSqlStates.has(code) || code === "ECONNREFUSED" || code === "ECONNRESET")
    )
      return true;
    if (typeof message === "string" && unreachableMessage.test(message)) return true;
  }
  return false;
}

/** A unique constraint refused the write (Prisma's P2002, or PostgreSQL's 23505 from a raw query). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code } = e as { code?: unknown };
    if (code === "P2002" || code === "23505") return true;
  }
  return false;
}
