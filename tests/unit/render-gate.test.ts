import { describe, expect, it } from "vitest";
import { RenderGate } from "@/lib/http/render-gate";

describe("the render gate", () => {
  it("admits up to its limit, queues the next ones in order, and refuses beyond the line", async () => {
    const gate = new RenderGate(2, 1, 1_000);
    const a = await gate.acquire();
    const b = await gate.acquire();
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    let cAdmitted = false;
    const c = gate.acquire().then((release) => {
      cAdmitted = true;
      return release;
    });
    expect(await gate.acquire()).toBeNull(); // the line holds one
    await Promise.resolve();
    expect(cAdmitted).toBe(false);
    a!();
    a!(); // a second release changes nothing
    const releaseC = await c;
    expect(cAdmitted).toBe(true);
    expect(await Promise.race([gate.acquire(), new Promise((r) => setTimeout(() => r("waiting"), 20))])).toBe(
      "waiting",
    );
    b!();
    releaseC!();
    expect(gate.counts.refused).toBe(1);
  });

  it("refuses a request that waited too long", async () => {
    const gate = new RenderGate(1, 5, 30);
    const held = await gate.acquire();
    expect(await gate.acquire()).toBeNull();
    held!();
    expect(await gate.acquire()).not.toBeNull();
  });
});
