import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, serverNodeOptions, servingEnvironment } from "../../scripts/server-process";

describe("the Node options of a serving instance", () => {
  it("caps the heap, keeping what NODE_OPTIONS already says", () => {
    expect(serverNodeOptions("")).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`);
    expect(serverNodeOptions("--enable-source-maps")).toBe(
      `--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`,
    );
  });

  it("leaves an operator's own cap alone", () => {
    expect(serverNodeOptions("--max-old-space-size=2048")).toBe("--max-old-space-size=2048");
    expect(serverNodeOptions("--inspect --max-old-space-size 1024")).toBe("--inspect --max-old-space-size 1024");
  });
});

describe("the environment of a serving instance", () => {
  it("adds the heap cap and two malloc arenas, keeping an operator's own", () => {
    const env = servingEnvironment({ PORT: "3000" });
    expect(env.PORT).toBe("3000");
    expect(env.NODE_OPTIONS).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`);
    expect(env.MALLOC_ARENA_MAX).toBe("2");
    expect(servingEnvironment({ MALLOC_ARENA_MAX: "4", NODE_OPTIONS: "--max-old-space-size=512" })).toMatchObject({
      MALLOC_ARENA_MAX: "4",
      NODE_OPTIONS: "--max-old-space-size=512",
    });
  });
});
