import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { parseConfig } from "@/lib/config-schema";
import { installPeerAddressHeader, peerAddressHeader } from "@/lib/http/peer-address";

const header = installPeerAddressHeader();
const request = (peer: string | null, forwardedFor?: string) => {
  const headers = new Headers();
  if (peer) headers.set(header, peer);
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  headers.set("x-real-ip", "203.0.113.99");
  return headers;
};

describe("the client address of the per-IP limits", () => {
  it("is the socket's address with no trusted proxy, whatever the request says", () => {
    expect(clientAddressFrom(request("192.0.2.10"), 0)).toBe("192.0.2.10");
    expect(clientAddressFrom(request("192.0.2.10", "10.66.0.1"), 0)).toBe("192.0.2.10");
    expect(clientAddressFrom(request("::ffff:192.0.2.10", "10.66.0.2, 10.66.0.3"), 0)).toBe("192.0.2.10");
  });

  it("is the entry a trusted proxy appended, never one the client wrote", () => {
    // client → proxy (appends the client's address) → portal (the peer is the proxy)
    expect(clientAddressFrom(request("10.0.0.2", "198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddressFrom(request("10.0.0.2", "10.66.0.1, 198.51.100.7"), 1)).toBe("198.51.100.7");
    // client → CDN → load balancer → portal
    expect(clientAddressFrom(request("10.0.0.3", "10.66.0.1, 198.51.100.7, 10.0.0.9"), 2)).toBe("198.51.100.7");
  });

  it("is one shared key when the request did not come through this process's server", () => {
    expect(clientAddressFrom(request(null, "10.66.0.1"), 0)).toBe("unknown");
    expect(clientAddressFrom(request(null, "10.66.0.1"), 1)).toBe("unknown");
  });

  it("cannot be forged with the peer header itself: its name holds a random token", () => {
    expect(peerAddressHeader()).toBe(header);
    expect(header).toMatch(/^x-portal-peer-[0-9a-f]{24}$/);
    expect(installPeerAddressHeader()).toBe(header);
  });

  it("TRUSTED_PROXY_HOPS defaults to 0 and is validated", () => {
    expect(parseConfig({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseConfig({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => parseConfig({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/^Invalid configuration: TRUSTED_PROXY_HOPS /);
  });
});
