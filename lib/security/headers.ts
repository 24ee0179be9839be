// The security headers of every response (next.config.ts sets them on what
// Next.js serves; lib/http/status-pages.ts adds them where Next.js answers
// without them, e.g. a URL it cannot decode).
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
] as const;

/**
 * HSTS when the portal is served over https (PUBLIC_URL): browsers then never
 * try it over plain http again. Never on plain http, where it would be
 * ignored at best and lock out a site that has no certificate at worst.
 */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
