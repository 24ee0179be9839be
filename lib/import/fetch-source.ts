// Reads a feed or a page from a URL for the import, with the guards a
// server needs when it fetches what a user typed: http(s) only, no private,
// loopback or link-local address (checked on the address actually
// connected to), a time limit, a size limit counted while reading, and only
// the content types of feeds and pages.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

export const FETCH_LIMIT_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 10_000;
const TYPES =
  /^(text\/html|application\/xhtml\+xml|application\/(rss|atom)\+xml|application\/xml|text\/xml|text\/plain)\b/i;

/** Whether an address is one a server must not fetch on a user's behalf. */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split(".").map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  const lower = address.toLowerCase();
  return lower === "::" || lower === "::1" || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || /^ff/.test(lower);
}

export type Fetched = { url: string; contentType: string; text: string };

export async function fetchSource(input: string, fetchImpl: typeof fetch = fetch): Promise<Fetched> {
  const { url, contentType, bytes } = await fetchGuarded(
    input,
    { types: TYPES, what: "a feed or a page", limit: FETCH_LIMIT_BYTES },
    fetchImpl,
  );
  return { url, contentType, text: Buffer.from(bytes).toString("utf8") };
}

/** An image an item refers to, fetched with the same guards, at most `limit` bytes (its type is checked on the bytes by the caller). */
export async function fetchImageBytes(input: string, limit: number, fetchImpl: typeof fetch = fetch) {
  return fetchGuarded(
    input,
    { types: /^image\/(png|jpeg|webp)\b/i, what: "a PNG, JPEG or WebP image", limit },
    fetchImpl,
  );
}

async function fetchGuarded(
  input: string,
  { types, what, limit }: { types: RegExp; what: string; limit: number },
  fetchImpl: typeof fetch,
): Promise<{ url: string; contentType: string; bytes: Uint8Array }> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`${input}: not a URL`);
  }
  const tooLarge = () => new Error(`${url}: larger than ${Math.round((limit / 1024 / 1024) * 10) / 10} MB`);
  for (let redirects = 0; redirects < 4; redirects++) {
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new Error(`${url}: only http and https addresses are read`);
    if (url.username || url.password) throw new Error(`${url}: addresses with a user name are not read`);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
    if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
      throw new Error(`${url}: the address is private or local, and is not read`);
    }
    const response = await fetchImpl(url, { redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.status >= 300 && response.status < 400 && response.headers.get("location")) {
      url = new URL(response.headers.get("location")!, url);
      continue;
    }
    if (!response.ok) throw new Error(`${url}: the server answered ${response.status}`);
    const contentType = response.headers.get("content-type") ?? "";
    if (!types.test(contentType)) throw new Error(`${url}: a ${contentType || "file of no type"} is not ${what}`);
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > limit) throw tooLarge();
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
    return { url: url.toString(), contentType, bytes: new Uint8Array(Buffer.concat(chunks)) };
  }
  throw new Error(`${input}: too many redirects`);
}
