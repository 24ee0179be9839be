// Which address a request comes from, for the per-IP sign-in and reset
// limits. By default (TRUSTED_PROXY_HOPS=0) the TCP peer's address: what the
// client writes in X-Forwarded-For is ignored. Behind N proxies that each
// append the address they saw, the N-th entry from the right of
// X-Forwarded-For + peer is the client (so entries a client wrote itself, on
// the left, never count).
import { peerAddressHeader } from "@/lib/http/peer-address";

/** "::ffff:10.0.0.1" → "10.0.0.1": one client, one key. */
const normalize = (address: string) =>
  address
    .trim()
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1")
    .toLowerCase();

export function clientAddressFrom(headers: Headers, trustedProxyHops: number): string {
  const header = peerAddressHeader();
  const peer = header ? headers.get(header) : null;
  // No peer: not through this process's server (or before it was ready). One shared key.
  if (!peer) return "unknown";
  if (trustedProxyHops <= 0) return normalize(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalize(chain[Math.max(0, chain.length - 1 - trustedProxyHops)]);
}
