// Reads a feed or a page from a URL for the import, with the guards a
// server needs when it fetches what a user typed: http(s) only, no private,
// loopback or link-local address, a time limit, a size limit counted while
// reading, and only the content types of feeds and pages.
//
// The address check and the connection are one step: the request's
// `lookup` (the documented seam of http.request / net.connect) resolves the
// host name once, refuses it when any of its addresses is not public, and
// hands the connection the one address it checked — so a DNS server that
// answers a public address to a check and a private one to a second look-up
// (DNS rebinding) has no second look-up to answer. An address written in
// the URL is checked before connecting (Node connects to it without a
// look-up). Each redirect is a new request through the same guard, at most
// MAX_REDIRECTS of them. TLS still verifies the certificate for the host
// name of the URL (and sends it as SNI): only the look-up is replaced.
import { lookup as systemLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

export const FETCH_LIMIT_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;
const TYPES =
  /^(text\/html|application\/xhtml\+xml|application\/(rss|atom)\+xml|application\/xml|text\/xml|text\/plain)\b/i;

// Addresses a server must not fetch on a user's behalf: "this network",
// private, shared (CGNAT), loopback, link-local, documentation and
// benchmarking ranges, multicast and reserved; IPv6 unspecified, loopback
// and IPv4-compatible (::/96), discard, documentation, Teredo, unique-local,
// link- and site-local, multicast. BlockList also applies the IPv4 ranges to
// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1, ::ffff:7f00:1).
const notPublic = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  notPublic.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 96],
  ["100::", 64],
  ["2001::", 32],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  notPublic.addSubnet(network, prefix, "ipv6");

/** The eight 16-bit groups of an IPv6 address (one isIP accepts). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const part = (s: string | undefined) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const start = part(head);
  const end = part(tail);
  return tail === undefined ? start : [...start, ...Array(8 - start.length - end.length).fill(0), ...end];
}

/** Whether an address is one a server must not fetch on a user's behalf. */
export function isPrivateAddress(address: string): boolean {
  const plain = address.replace(/%.*$/, "");
  const kind = isIP(plain);
  if (kind === 0) return true;
  if (notPublic.check(plain, kind === 4 ? "ipv4" : "ipv6")) return true;
  if (kind === 4) return false;
  // An IPv4 address inside an IPv6 one reaches that IPv4 address: NAT64
  // (64:ff9b::/96, last 32 bits) and 6to4 (2002::/16, bits 16–47).
  const g = ipv6Groups(plain);
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isPrivateAddress(v4(g[6], g[7]));
  if (g[0] === 0x2002) return isPrivateAddress(v4(g[1], g[2]));
  return false;
}

/**
 * How host names are resolved and which addresses are refused. The system's
 * resolver and isPrivateAddress unless a test gives its own: a test stands
 * in for a DNS server with `resolve`, and for a public server on this
 * machine with `refuses`.
 */
export type AddressGuard = {
  /** Every address of a host name. */
  resolve?: (host: string) => Promise<string[]>;
  /** Whether an address must not be connected to. */
  refuses?: (address: string) => boolean;
};

const systemResolve = (host: string) =>
  new Promise<string[]>((resolve, reject) =>
    systemLookup(host, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  );

class RefusedAddress extends Error {}

/**
 * A `lookup` for http.request that resolves the host name once, refuses it
 * when it has no address or any address that is not public, and answers the
 * first address — the one the connection then goes to.
 */
export function checkedLookup({ resolve = systemResolve, refuses = isPrivateAddress }: AddressGuard): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const address = addresses[0];
        const answer = () => {
          if (!address || addresses.some(refuses)) return callback(new RefusedAddress(hostname), "", 0);
          const family = isIP(address);
          if (options.all) callback(null, [{ address, family } satisfies LookupAddress]);
          else callback(null, address, family);
        };
        process.nextTick(answer);
      },
      (error: NodeJS.ErrnoException) => process.nextTick(() => callback(error, "", 0)),
    );
  };
}

export type Fetched = { url: string; contentType: string; text: string };

export async function fetchSource(input: string, guard: AddressGuard = {}): Promise<Fetched> {
  const { url, contentType, bytes } = await fetchGuarded(
    input,
    { types: TYPES, what: "a feed or a page", limit: FETCH_LIMIT_BYTES },
    guard,
  );
  return { url, contentType, text: Buffer.from(bytes).toString("utf8") };
}

/** An image an item refers to, fetched with the same guards, at most `limit` bytes (its type is checked on the bytes by the caller). */
export async function fetchImageBytes(input: string, limit: number, guard: AddressGuard = {}) {
  return fetchGuarded(input, { types: /^image\/(png|jpeg|webp)\b/i, what: "a PNG, JPEG or WebP image", limit }, guard);
}

/**
 * A file an item links to (a PDF, an Office document), fetched with the same
 * guards, at most `limit` bytes. Servers label such files loosely (often
 * application/octet-stream), so any application type passes here and the
 * caller decides by the bytes, as for an upload; a page (text/html: a login
 * page, a "not found" page answered 200) is refused before it is read.
 */
export async function fetchDocumentBytes(input: string, limit: number, guard: AddressGuard = {}) {
  return fetchGuarded(
    input,
    { types: /^(application\/[\w.+-]+|binary\/octet-stream)\s*(;|$)/i, what: "a document", limit },
    guard,
  );
}

async function fetchGuarded(
  input: string,
  { types, what, limit }: { types: RegExp; what: string; limit: number },
  guard: AddressGuard,
): Promise<{ url: string; contentType: string; bytes: Uint8Array }> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`${input}: not a URL`);
  }
  const refuses = guard.refuses ?? isPrivateAddress;
  const lookup = checkedLookup(guard);
  const tooLarge = () => new Error(`${url}: larger than ${Math.round((limit / 1024 / 1024) * 10) / 10} MB`);
  for (let redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new Error(`${url}: only http and https addresses are read`);
    if (url.username || url.password) throw new Error(`${url}: addresses with a user name are not read`);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(host) && refuses(host)) throw refused(url);
    const hop = await request(url, lookup);
    try {
      const { response } = hop;
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        url = new URL(location, url);
        continue;
      }
      if (status < 200 || status > 299) throw new Error(`${url}: the server answered ${status}`);
      const contentType = response.headers["content-type"] ?? "";
      if (!types.test(contentType)) throw new Error(`${url}: a ${contentType || "file of no type"} is not ${what}`);
      if (Number(response.headers["content-length"] ?? 0) > limit) throw tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of response as AsyncIterable<Buffer>) {
          size += chunk.byteLength;
          if (size > limit) break;
          chunks.push(chunk);
        }
      } catch {
        // The connection closed or was ended by the time limit (said below).
      }
      if (size > limit) throw tooLarge();
      if (!response.complete) throw new Error(`${url}: the answer was cut short`);
      return { url: url.toString(), contentType, bytes: new Uint8Array(Buffer.concat(chunks)) };
    } catch (error) {
      throw hop.timedOut() ? new Error(`${url}: no answer within ${TIMEOUT_MS / 1000} seconds`) : error;
    } finally {
      hop.close();
    }
  }
  throw new Error(`${input}: too many redirects`);
}

const refused = (url: URL) => new Error(`${url}: the address is private or local, and is not read`);

/**
 * One GET through `lookup`, on a connection of its own (no pooled socket
 * reaches an address another look-up chose), given TIMEOUT_MS from the
 * look-up to the last byte of the body; `close` ends it.
 */
function request(url: URL, lookup: LookupFunction) {
  return new Promise<{ response: http.IncomingMessage; timedOut: () => boolean; close: () => void }>(
    (resolve, reject) => {
      let timedOut = false;
      const req = (url.protocol === "https:" ? https : http).request(url, {
        agent: false,
        lookup,
        headers: { accept: "*/*", "user-agent": "RegionalStructuresPortal-import" },
      });
      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy(new Error("timed out"));
      }, TIMEOUT_MS);
      const close = () => {
        clearTimeout(timer);
        req.destroy();
      };
      req.on("response", (response) => {
        response.on("error", () => {}); // surfaced by reading the body
        resolve({ response, timedOut: () => timedOut, close });
      });
      req.on("error", (error: NodeJS.ErrnoException) => {
        close();
        if (error instanceof RefusedAddress) reject(refused(url));
        else if (timedOut) reject(new Error(`${url}: no answer within ${TIMEOUT_MS / 1000} seconds`));
        else reject(new Error(`${url}: the server could not be reached (${error.code ?? error.message})`));
      });
      req.end();
    },
  );
}
