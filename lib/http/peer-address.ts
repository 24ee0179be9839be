// The address of the TCP peer of each request, for the per-IP limits.
//
// Next.js does not hand the socket to route handlers, server actions or the
// proxy: its server only fills `X-Forwarded-For` from the socket when the
// request has none, so a client that sends its own header chooses the
// address that is counted. The request seam (lib/http/request-seam.ts) puts
// the socket's address in a header whose name holds a random token made at
// start: a client cannot send it (any header of that prefix is dropped), and
// a request that did not come through the seam simply has none.
import type http from "node:http";
import { randomBytes } from "node:crypto";

const stateKey = Symbol.for("regional-structures-portal.peer-address");
const prefix = "x-portal-peer";

type State = { header: string };
type Global = typeof globalThis & { [stateKey]?: State };

/** The header name carrying the peer address, once made in this process. */
export function peerAddressHeader(): string | null {
  return (globalThis as Global)[stateKey]?.header ?? null;
}

/** Makes this process's header name (once) and returns it. */
export function installPeerAddressHeader(): string {
  const global = globalThis as Global;
  global[stateKey] ??= { header: `${prefix}-${randomBytes(12).toString("hex")}` };
  return global[stateKey].header;
}

/** Drops any header a client wrote with the prefix, then records the socket's address. */
export function markPeerAddress(request: http.IncomingMessage): void {
  const header = installPeerAddressHeader();
  for (const name of Object.keys(request.headers)) if (name.startsWith(prefix)) delete request.headers[name];
  const address = request.socket?.remoteAddress;
  if (address) request.headers[header] = address;
}
