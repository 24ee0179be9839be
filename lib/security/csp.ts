// The Content-Security-Policy of every page, in two forms.
//
// Pages rendered per request (staff area, sign-in, password links) get a
// fresh nonce: only Next.js's own scripts, which carry it, run
// ('strict-dynamic' lets them load their chunks).
//
// Public pages are rendered once and served from the cache to every visitor,
// so they cannot carry a per-request nonce. Their external scripts are Next's
// build chunks, served from this origin with Subresource Integrity
// (`experimental.sri`). Their inline scripts are the React Server Components
// payload (`self.__next_f.push(...)`), different on every page and every
// build, and Next.js offers no way to hash them into the cached response's
// header: this is why script-src needs 'unsafe-inline' there. What is left
// to an injected script is closed elsewhere: public text is rendered by React
// (escaped) or through sanitize-html with an allow-list that has no script,
// event handler or javascript: URL; and the policy still forbids scripts from
// any other origin, plugins, framing, <base> and form posts elsewhere.
import { isDevelopment } from "@/lib/config-schema";

const dev = isDevelopment();

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function noncePolicy(nonce: string): string {
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, ...common].join("; ");
}

const cached = [`script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`, ...common].join("; ");

export function cachedPagePolicy(): string {
  return cached;
}
