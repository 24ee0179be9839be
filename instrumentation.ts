// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigAtStart } = await import("./lib/config-check");
    checkConfigAtStart();
    // The socket address of each request, for the per-IP limits (lib/auth/client-address.ts).
    const { installPeerAddressHeader } = await import("./lib/http/peer-address");
    installPeerAddressHeader();
  }
}
