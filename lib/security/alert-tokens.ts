import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config";

// The links of e-mail alerts. A subscriber's manage link is signed, not
// stored: `<subscriber id>.<version>.<HMAC>`; raising the subscriber's
// linkVersion voids every link mailed before. A confirmation link carries a
// random token whose hash is stored with the pending subscription.

const secret = () => getConfig().AUTH_SECRET ?? "no-secret";
const sign = (text: string) => createHmac("sha256", secret()).update(`alerts:${text}`).digest("base64url");

export function manageToken(subscriberId: string, version: number): string {
  return `${subscriberId}.${version}.${sign(`${subscriberId}.${version}`)}`;
}

/** The subscriber and link version a manage token names, when its signature holds. */
export function readManageToken(token: string | null | undefined): { subscriberId: string; version: number } | null {
  const parts = (token ?? "").split(".");
  if (parts.length !== 3 || !/^[a-z0-9]{1,40}$/.test(parts[0]) || !/^\d{1,6}$/.test(parts[1])) return null;
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { subscriberId: parts[0], version: Number(parts[1]) };
}

export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashConfirmToken(token) };
}

export function hashConfirmToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
