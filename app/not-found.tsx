import Link from "next/link";

// Outside any locale (rare: the proxy sends every page to a locale).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>Page not found</h1>
        <p>
          <Link href="/">Regional Structures Portal</Link>
        </p>
      </body>
    </html>
  );
}
