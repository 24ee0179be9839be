// One hook into every request the Node server of this process receives,
// before Next.js sees it: for what Next.js offers no place for (the TCP peer's
// address, URLs it cannot decode, the bodies of its error responses).
// Installed from instrumentation.ts. A hook that answers the request itself
// returns true, and the request goes no further.
import http from "node:http";
import https from "node:https";

export type RequestHook = (request: http.IncomingMessage, response: http.ServerResponse) => boolean | void;

const stateKey = Symbol.for("regional-structures-portal.request-hooks");
type Global = typeof globalThis & { [stateKey]?: RequestHook[] };
type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/** Adds a hook (once per name); the first call patches the servers of this process. */
export function addRequestHook(hook: RequestHook & { hookName?: string }): void {
  const global = globalThis as Global;
  if (!global[stateKey]) {
    const hooks: RequestHook[] = [];
    global[stateKey] = hooks;
    for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as { emit: Emit }[]) {
      const emit = proto.emit;
      proto.emit = function (this: unknown, event, ...args) {
        if (event === "request") {
          const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
          for (const run of hooks) if (run(request, response)) return true;
        }
        return emit.call(this, event, ...args);
      };
    }
  }
  const hooks = global[stateKey];
  if (hook.hookName && hooks.some((h) => (h as { hookName?: string }).hookName === hook.hookName)) return;
  hooks.push(hook);
}
