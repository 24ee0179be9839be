import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "@/lib/errors/database";

// The errors the portal met while PostgreSQL stopped under it (the e2e
// outage test), as Prisma 7 and @prisma/adapter-pg report them: each one
// means "the database is not there just now" (a 503 page, "nothing was
// saved" in a form, a session kept), never a bug.

const prismaError = (code: string, message: string, cause?: unknown) =>
  Object.assign(new Error(message), { code, meta: { driverAdapterError: cause }, cause });

describe("isDatabaseUnavailable", () => {
  it("knows a server that cannot be reached", () => {
    expect(isDatabaseUnavailable(prismaError("P1001", "Can't reach database server at 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(
      true,
    );
  });

  it("knows a server that is shutting down or starting up (PostgreSQL 57P01–57P03)", () => {
    const shuttingDown = prismaError(
      "P2039",
      "Invalid `prisma.user.count()` invocation:\n\nDatabase error. Code: `57P03`. Message: `the database system is shutting down`",
    );
    expect(isDatabaseUnavailable(shuttingDown)).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("the database system is starting up"))).toBe(true);
  });

  it("finds the cause a few levels down", () => {
    const inner = Object.assign(new Error("socket"), { code: "ECONNRESET" });
    expect(isDatabaseUnavailable(new Error("outer", { cause: new Error("middle", { cause: inner }) }))).toBe(true);
  });

  it("does not take a bad query or a refused write for an outage", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", "Unique constraint failed on the fields: (`slug`)"))).toBe(false);
    expect(isDatabaseUnavailable(new Error('column "nope" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isUniqueViolation(prismaError("P2002", "Unique constraint failed"))).toBe(true);
  });
});
