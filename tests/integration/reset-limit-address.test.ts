// The per-address limit of "forgot password" counts the socket's address
// (TRUSTED_PROXY_HOPS=0): a client-written X-Forwarded-For does not reset it.
import { describe, expect, it, vi } from "vitest";
import { MAX_RESETS_PER_IP } from "@/lib/data/users/reset-password";
import { installPeerAddressHeader } from "@/lib/http/peer-address";

const peerHeader = installPeerAddressHeader();
let forwardedFor = "";
// The request as Next's server hands it to the action: the peer header set by
// the Node server (instrumentation.ts), plus whatever the client sent.
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ [peerHeader]: "192.0.2.44", "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor }),
}));

const { requestPasswordResetAction } = await import("@/lib/actions/password");

const form = (email: string) => {
  const data = new FormData();
  data.set("email", email);
  data.set("locale", "en");
  return data;
};

describe("forgot password, per address", () => {
  it("pauses the socket's address whatever X-Forwarded-For says", async () => {
    forwardedFor = "10.66.0.1";
    for (let i = 0; i < MAX_RESETS_PER_IP; i += 1) {
      expect(await requestPasswordResetAction(null, form(`spray.${i}@example.org`))).toMatchObject({ ok: true });
    }
    forwardedFor = "10.66.0.2";
    expect(await requestPasswordResetAction(null, form("spray.next@example.org"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Too many requests"),
    });
  });
});
