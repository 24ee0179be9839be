// The anchor of `npm run bench`: a stock Next.js app with one page prerendered
// at build time, nothing configured. The portal's routes are measured as a
// ratio to it, in the same run (scripts/bench/anchor.ts builds and starts it).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
