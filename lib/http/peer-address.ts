// The address of the TCP peer of each request, for the per-IP limits.
//
// Next.js does not hand the socket to route handlers, server actions or the
// proxy: its server only fills `X-Forwarded-For` from the socket when the
// request has none (base-server.js: `req.headers['x-forwarded-for'] ??=
// socket.remoteAddress`), so a client that sends its own header chooses the
// address that is counted. Here every request the Node server receives gets
// the socket's address in a header whose name holds a random token made at
// start: a client cannot send it (any header of that prefix is dropped), and
// a request that arrived before this was installed simply has none.
import type http from "node:http";
import { randomBytes } from "node:crypto";
import { addRequestHook } from "./request-hooks";

const stateKey = Symbol.for("regional-structures-portal.peer-address");
const prefix = "x-portal-peer";

type State = { header: string };
type Global = typeof globalThis & { [stateKey]?: State };

/** The header name carrying the peer address, once installed in this process. */
export function peerAddressHeader(): string | null {
  return (globalThis as Global)[stateKey]?.header ?? null;
}

/** Installs the header on every request of every Node HTTP(S) server of this process (once). */
export function installPeerAddressHeader(): string {
  const global = globalThis as Global;
  if (global[stateKey]) return global[stateKey].header;
  const header = `${prefix}-${randomBytes(12).toString("hex")}`;
  addRequestHook(
    Object.assign(
      (request: http.IncomingMessage) => {
        for (const name of Object.keys(request.headers)) if (name.startsWith(prefix)) delete request.headers[name];
        const address = request.socket?.remoteAddress;
        if (address) request.headers[header] = address;
      },
      { hookName: "peer-address" },
    ),
  );
  global[stateKey] = { header };
  return header;
}
