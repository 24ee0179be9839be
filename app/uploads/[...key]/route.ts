import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { imageAudience } from "@/lib/data/get-image-audience";
import { imageKinds, mimeTypes, sniffFileKind } from "@/lib/storage/file-types";
import { getStorage } from "@/lib/storage/storage";
import { hasControlCharacters } from "@/lib/validation/text-rules";

// Logos and news images. Served only while a public record (or, for staff, a
// record in their scope) refers to the key; the type comes from the bytes,
// never from the name; the browser is told not to guess.

const notFound = () =>
  new NextResponse("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  // A NUL would reach the database query below (PostgreSQL rejects it): no such file.
  if (hasControlCharacters(key)) return notFound();
  const audience = await imageAudience(key, getCurrentUser);
  if (!audience) return notFound();
  const bytes = await getStorage().get(key);
  const kind = bytes ? sniffFileKind(bytes) : null;
  if (!bytes || !kind || !imageKinds.includes(kind)) return notFound();
  return new NextResponse(Buffer.from(bytes), {
    headers: {
      "Content-Type": mimeTypes[kind],
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": "inline",
      // Keys change with every upload; a public image may still be withdrawn, so keep caches short.
      "Cache-Control": audience === "public" ? "public, max-age=300" : "private, no-store",
    },
  });
}
