import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 18, item 13: lib/auth/permissions.ts is the one decision-maker. No
// other code compares a user's role to decide what they may do; pages get
// may* flags from data functions, which ask can() and the …Where() clauses.
// The few comparisons left are about the shape of an account, not access,
// and are listed here with the reason.

const allowed: Record<string, string> = {
  "lib/validation/users.ts": "an administrator has no structure; other roles have one (the account's shape)",
  "lib/data/users/manage-users.ts":
    "the structure must fit the role (ROCB staff → a ROCB, representatives → an RTC); an administrator keeps their own role",
  "components/staff/users/user-fields.tsx": "the scope select lists the kind of structure the chosen role belongs to",
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const roleComparison =
  /\brole\s*[!=]==?\s*"(ADMIN|ROCB_STAFF|RTC_REP)"|"(ADMIN|ROCB_STAFF|RTC_REP)"\s*[!=]==?\s*\w+\.role\b/;

describe("one decision-maker", () => {
  it("compares roles only in lib/auth/permissions.ts (and the listed account-shape rules)", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap(files)
      .filter((file) => file !== path.join("lib", "auth", "permissions.ts") && !(file in allowed))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, i) => (roleComparison.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});
