// Invitation and password-reset links. The link carries 32 random bytes
// (base64url); the database keeps only their SHA-256, so a leaked table or
// backup opens no account.
import { createHash, randomBytes } from "node:crypto";

export type UserTokenKind = "INVITATION" | "PASSWORD_RESET";

export const TOKEN_LIFETIME_MS: Record<UserTokenKind, number> = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token for the link and the hash to store. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** A well-formed token: 32 bytes in base64url are 43 characters. */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
