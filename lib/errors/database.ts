// Whether an error means the database cannot be reached (down, restarting,
// network gone), as opposed to a bad query: the portal then says so plainly
// and keeps what the user typed, and answers pages with 503.
const unreachableCodes = new Set(["P1001", "P1002", "P1008", "P1017"]);
const unreachableMessage =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|Can't reach database|server (has )?closed the connection|terminating connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (unreachableCodes.has(code) || code === "ECONNREFUSED" || code === "ECONNRESET"))
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
