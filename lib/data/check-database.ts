import "server-only";
import { prisma } from "@/lib/db/client";

export async function checkDatabase(): Promise<boolean> {
  try {
    await prisma.$queryRaw`select 1`;
    return true;
  } catch {
    return false;
  }
}
