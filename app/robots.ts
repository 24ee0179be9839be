import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { publicUrl } from "@/lib/config";

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/*/staff", "/*/sign-in", "/api/", "/*/search"] }],
    sitemap: `${publicUrl()}/sitemap.xml`,
  };
}
