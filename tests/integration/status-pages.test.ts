import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installStatusPages } from "@/lib/http/status-pages";
import { strictTransportSecurity } from "@/lib/security/headers";

// The error-page hook in front of a stand-in for Next.js: an app that answers
// like Next.js 16 does (an empty error shell with the status), and the
// localized status pages the hook serves instead.

const errorShell = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

let app: http.Server;
let appUrl: string;
const closedPort = 9; // discard: nothing listens, so the database is "unreachable"

beforeAll(async () => {
  // Serves both the app's answers and its status pages (as Next.js does on the same port).
  app = http.createServer((req, res) => {
    const status = /^\/(\w\w)\/status\/(\d{3})$/.exec(req.url ?? "");
    if (status) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(
        `<html lang="${status[1]}" dir="${status[1] === "ar" ? "rtl" : "ltr"}"><body><h1>${status[1]} ${status[2]}</h1><script>self.__next_f=1</script></body></html>`,
      );
      return;
    }
    if (req.method === "POST" && req.url === "/en/sign-in") {
      // Next.js 16 on a form body it cannot parse: a plain 500 written by end() alone.
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Internal Server Error");
      return;
    }
    const code = Number(/status=(\d{3})/.exec(req.url ?? "")?.[1] ?? 200);
    res.statusCode = code;
    if (code === 200) res.setHeader("Cache-Control", "s-maxage=3600, stale-while-revalidate=31532400");
    res.setHeader("Content-Type", req.headers.rsc ? "text/x-component" : "text/html; charset=utf-8");
    res.flushHeaders();
    res.write(code === 200 ? "<html><body>ok</body></html>" : errorShell);
    res.end();
  });
  const port = await listen(app);
  appUrl = `http://127.0.0.1:${port}`;
  installStatusPages({
    port,
    databaseUrl: `postgresql://u:p@127.0.0.1:${closedPort}/db`,
    publicUrl: "https://portal.example.org",
  });
});

afterAll(() => new Promise<void>((resolve) => app.close(() => resolve())));

describe("error pages in front of Next.js", () => {
  it("replace an empty error shell with the page of the request's language, keeping the status", async () => {
    const response = await fetch(`${appUrl}/ar/meetings/x?status=404`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("ar 404");
    expect(html).not.toContain("__next_error__");
    expect(html).not.toContain("<script");
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(html)));
  });

  it("make a 500 a 503 with Retry-After while the database cannot be reached", async () => {
    const response = await fetch(`${appUrl}/fr/meetings?status=500`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.text()).toContain("fr 503");
  });

  it("answer an undecodable path with 400, and a form posted from another site with 403", async () => {
    const bad = await fetch(`${appUrl}/en/%ZZ`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("en 400");
    const crossSite = await fetch(`${appUrl}/en/sign-in`, {
      method: "POST",
      headers: {
        Origin: "https://evil.example",
        "Content-Type": "application/x-www-form-urlencoded",
        "Next-Action": "x",
      },
      body: "a=b",
    });
    expect(crossSite.status).toBe(403);
  });

  it("answer a form Next.js cannot read with the 400 page, not a 500", async () => {
    const response = await fetch(`${appUrl}/en/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=xx" },
      body: "garbage",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("en 400");
  });

  it("put the security headers on every response, and HSTS when the portal is on https", async () => {
    for (const path of ["/en?status=200", "/en/%ZZ", "/en/x?status=404"]) {
      const response = await fetch(appUrl + path);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("content-security-policy"), path).toContain("object-src 'none'");
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
    }
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });

  it("leave successful pages and client-side navigations alone, but have downstream caches revalidate", async () => {
    const ok = await fetch(`${appUrl}/en?status=200`);
    expect(await ok.text()).toBe("<html><body>ok</body></html>");
    expect(ok.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const rsc = await fetch(`${appUrl}/en/x?status=404`, { headers: { rsc: "1" } });
    expect(rsc.status).toBe(404);
    expect(await rsc.text()).toBe(errorShell);
  });
});
