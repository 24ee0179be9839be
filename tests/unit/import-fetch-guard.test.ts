// Issue 23: the import's URLs are fetched from the address that was checked,
// never from one a second DNS answer or a redirect leads to. Real servers on
// this machine: 127.0.0.1 is the private one (a service a hostile feed would
// reach for); 127.0.0.2 stands for a public server, allowed by the test's own
// `refuses`. The test's `resolve` stands in for a (hostile) DNS server: it
// is the seam the fetch's connection `lookup` resolves through.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createSecureContext } from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { fetchSource, isPrivateAddress, type AddressGuard } from "@/lib/import/fetch-source";
import { startLocalServer, startServerPair, type LocalServer } from "@/tests/support/local-http-server";

const PUBLIC_HERE = "127.0.0.2";
const refuses = (a: string) => a !== PUBLIC_HERE && isPrivateAddress(a);
const feed = (body: string) => (_: unknown, response: import("node:http").ServerResponse) =>
  response.setHeader("content-type", "application/rss+xml").end(body);

const servers: LocalServer[] = [];
const start = async (...args: Parameters<typeof startLocalServer>) => {
  const server = await startLocalServer(...args);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("which addresses are public", () => {
  it("sees IPv4 addresses written inside IPv6 ones", () => {
    for (const a of [
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:10.0.0.1",
      "::ffff:a9fe:a9fe",
      "::127.0.0.1",
      "64:ff9b::7f00:1",
      "64:ff9b::a9fe:a9fe",
      "2002:c0a8:101::1",
      "::",
      "fc00::1",
      "fe80::1%lo",
      "100.64.0.1",
      "255.255.255.255",
      "not an address",
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["::ffff:93.184.216.34", "::ffff:5db8:d822", "64:ff9b::808:808", "2002:808:808::1"])
      expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe("a URL whose name leads to a private address", () => {
  it("is refused when the name resolves to this machine (localhost), and nothing is sent to it", async () => {
    const inside = await start("127.0.0.1", feed("secret"));
    await expect(fetchSource(`http://localhost:${inside.port}/feed.xml`)).rejects.toThrow(/private or local/);
    await expect(fetchSource(`http://[::ffff:127.0.0.1]:${inside.port}/feed.xml`)).rejects.toThrow(/private or local/);
    expect(inside.hits).toEqual([]);
  });

  it("is refused when one of the name's addresses is private", async () => {
    const [site, inside] = await startServerPair([PUBLIC_HERE, "127.0.0.1"], [feed("<rss/>"), feed("secret")]);
    servers.push(site, inside);
    const guard: AddressGuard = { refuses, resolve: async () => [PUBLIC_HERE, "127.0.0.1"] };
    await expect(fetchSource(`http://news.test:${site.port}/feed.xml`, guard)).rejects.toThrow(/private or local/);
    expect(site.hits).toEqual([]);
    expect(inside.hits).toEqual([]);
  });

  it("is read from the checked address when a second look-up would answer a private one (DNS rebinding)", async () => {
    const [site, inside] = await startServerPair(
      [PUBLIC_HERE, "127.0.0.1"],
      [feed("<rss>public</rss>"), feed("<rss>secret</rss>")],
    );
    servers.push(site, inside);
    const answers = [[PUBLIC_HERE], ["127.0.0.1"], ["127.0.0.1"]];
    const asked: string[] = [];
    const guard: AddressGuard = {
      refuses,
      resolve: async (host) => {
        asked.push(host);
        return answers.shift() ?? [];
      },
    };
    const read = await fetchSource(`http://news.test:${site.port}/feed.xml`, guard);
    expect(read.text).toBe("<rss>public</rss>");
    expect(asked).toEqual(["news.test"]);
    expect(site.hits).toEqual(["/feed.xml"]);
    expect(inside.hits).toEqual([]);
    // The next request looks the name up again, gets the private answer and is refused.
    await expect(fetchSource(`http://news.test:${site.port}/feed.xml`, guard)).rejects.toThrow(/private or local/);
    expect(inside.hits).toEqual([]);
  });

  it("names a name that does not resolve as unreachable", async () => {
    const guard: AddressGuard = {
      resolve: async () => Promise.reject(Object.assign(new Error("no such name"), { code: "ENOTFOUND" })),
    };
    await expect(fetchSource("http://nowhere.test/feed.xml", guard)).rejects.toThrow(
      /could not be reached \(ENOTFOUND\)/,
    );
  });
});

describe("a redirect", () => {
  it("to a private address, by number or by name, is refused at every hop and nothing is sent there", async () => {
    const inside = await start("127.0.0.1", feed("secret"));
    const targets = [
      `http://127.0.0.1:${inside.port}/admin`,
      `http://localhost:${inside.port}/admin`,
      `http://[::ffff:127.0.0.1]:${inside.port}/admin`,
      `http://[::ffff:7f00:1]:${inside.port}/admin`,
      `http://inside.test:${inside.port}/admin`,
    ];
    const site = await start(PUBLIC_HERE, (request, response) => {
      const to = Number(new URL(request.url ?? "/", "http://x").searchParams.get("to"));
      // Two hops: the first to the site itself, the second to the private target.
      const location = request.url?.startsWith("/first") ? `/second?to=${to}` : targets[to];
      response.writeHead(302, { location }).end();
    });
    let newsAnswers = 0;
    const guard: AddressGuard = {
      refuses,
      resolve: async (host) => {
        if (host === "inside.test" || host === "localhost") return ["127.0.0.1"];
        if (host === "news.test") return newsAnswers++ === 0 ? [PUBLIC_HERE] : ["127.0.0.1"];
        throw new Error(`unexpected look-up of ${host}`);
      },
    };
    for (const [to, target] of targets.entries())
      await expect(fetchSource(`${site.origin}/first?to=${to}`, guard), target).rejects.toThrow(/private or local/);
    expect(site.hits).toHaveLength(targets.length * 2);
    // A redirect within a name that answers the public address first and the private one next.
    await expect(fetchSource(`http://news.test:${site.port}/first?to=0`, guard)).rejects.toThrow(/private or local/);
    expect(site.hits).toHaveLength(targets.length * 2 + 1);
    expect(inside.hits).toEqual([]);
  });

  it("is followed a few times only", async () => {
    const site = await start(PUBLIC_HERE, (request, response) =>
      response.writeHead(301, { location: `/again${request.url}` }).end(),
    );
    await expect(fetchSource(`${site.origin}/feed.xml`, { refuses })).rejects.toThrow(/too many redirects/);
    expect(site.hits).toHaveLength(4);
  });

  it("to an allowed address is followed", async () => {
    const site = await start(PUBLIC_HERE, (request, response) =>
      request.url === "/old" ? response.writeHead(302, { location: "/new" }).end() : feed("<rss/>")(null, response),
    );
    const read = await fetchSource(`${site.origin}/old`, { refuses });
    expect(read).toMatchObject({ url: `${site.origin}/new`, text: "<rss/>" });
  });
});

describe("an https URL", () => {
  it("is connected to the checked address with the URL's name sent for TLS, and its certificate verified", async () => {
    const tlsFile = (name: string) => readFileSync(path.resolve("tests/fixtures/import/tls", name));
    const key = tlsFile("news-test.key");
    const cert = tlsFile("news-test.crt");
    const names: string[] = [];
    const site = await start(PUBLIC_HERE, feed("<rss/>"), {
      tls: {
        key,
        cert,
        SNICallback: (name, done) => {
          names.push(name);
          done(null, createSecureContext({ key, cert }));
        },
      },
    });
    const guard: AddressGuard = { refuses, resolve: async () => [PUBLIC_HERE] };
    // The certificate is self-signed: a fetch that verifies it refuses it.
    await expect(fetchSource(`https://news.test:${site.port}/feed.xml`, guard)).rejects.toThrow(
      /could not be reached \(DEPTH_ZERO_SELF_SIGNED_CERT\)/,
    );
    expect(names).toEqual(["news.test"]);
    expect(site.hits).toEqual([]);
  });
});
