// A real HTTP (or HTTPS) server on an address of this machine, for the
// tests of the import's URL guard: it records every request it gets, so a
// test can show that a refused address was never connected to.
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";

export type LocalServer = { port: number; origin: string; hits: string[]; close: () => Promise<void> };

export async function startLocalServer(
  host: string,
  handler: (request: http.IncomingMessage, response: http.ServerResponse) => void,
  { port = 0, tls }: { port?: number; tls?: https.ServerOptions } = {},
): Promise<LocalServer> {
  const hits: string[] = [];
  const listener = (request: http.IncomingMessage, response: http.ServerResponse) => {
    hits.push(request.url ?? "");
    handler(request, response);
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    origin: `${tls ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}:${bound}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Two servers on the same port of two addresses (a host name's two answers in a rebinding test). */
export async function startServerPair(
  hosts: [string, string],
  handlers: [Parameters<typeof startLocalServer>[1], Parameters<typeof startLocalServer>[1]],
): Promise<[LocalServer, LocalServer]> {
  for (let attempt = 0; ; attempt++) {
    const first = await startLocalServer(hosts[0], handlers[0]);
    try {
      return [first, await startLocalServer(hosts[1], handlers[1], { port: first.port })];
    } catch (error) {
      await first.close();
      if (attempt === 4) throw error;
    }
  }
}
