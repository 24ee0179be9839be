// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkConfigAtStart } = await import("./lib/config-check");
  const config = checkConfigAtStart();
  // The socket address of each request, for the per-IP limits (lib/auth/client-address.ts).
  const { installPeerAddressHeader } = await import("./lib/http/peer-address");
  installPeerAddressHeader();
  // Not while `next build` prerenders pages: only a serving instance sweeps.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Error pages readable without JavaScript, security headers on every response.
  const { installStatusPages } = await import("./lib/http/status-pages");
  installStatusPages({ port: config.PORT, databaseUrl: config.DATABASE_URL, publicUrl: config.PUBLIC_URL });
  // The visitor's language on public pages, which run no proxy.
  const { installLocaleCookie } = await import("./lib/http/locale-cookie");
  installLocaleCookie();
  // Lists with a query and the open data API: straight to their cached view.
  const { installViewRewrite } = await import("./lib/http/view-rewrite");
  installViewRewrite();
  const { startPublicationSweeps } = await import("./lib/cache/publication-sweep");
  startPublicationSweeps(config.PORT);
}
