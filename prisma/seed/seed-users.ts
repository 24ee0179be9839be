// One demo account per role, all with the demo password.
import { hashPassword } from "../../lib/auth/password";
import { users } from "./data/users";
import { structureLookup, type SeedContext } from "./context";
import { DEMO_PASSWORD } from "./keys";

export async function seedUsers(ctx: SeedContext): Promise<void> {
  const { prisma } = ctx;
  const existing = new Set(
    (await prisma.user.findMany({ where: { email: { in: users.map((u) => u.email) } }, select: { email: true } })).map(
      (row) => row.email,
    ),
  );
  const missing = users.filter((user) => !existing.has(user.email));
  if (missing.length === 0) return;
  const structures = await structureLookup(
    ctx,
    missing.flatMap((u) => (u.structure ? [u.structure] : [])),
  );
  for (const user of missing) {
    await prisma.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        // A scoped account without its structure would see too much or nothing: fail loudly.
        structureId: user.structure ? structures.get(user.structure, `user ${user.email}`) : null,
        preferredLocale: user.preferredLocale,
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
    ctx.created("user");
  }
}
