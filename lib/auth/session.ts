import "server-only";
import { cache } from "react";
import { auth } from "./auth";
import { findSessionUser, type SessionUser } from "@/lib/data/users/find-session-user";

/** The signed-in, active user of this request (one query, once per request). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  return findSessionUser(session.uid, session.sv ?? 0);
});
