import type { ReactNode } from "react";

/**
 * A map's two layers: the drawn map underneath (an SVG of this site's,
 * decorative: the links on it and the list beside it carry the content) and,
 * over it in the same frame, the SVG of links drawn by the page.
 */
export function MapCanvas({
  src,
  frame,
  label,
  testId,
  children,
}: {
  src: string;
  frame: { width: number; height: number };
  label: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <>
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of this site's, decorative */}
      <img src={src} alt="" width={frame.width} height={frame.height} className="absolute inset-0 size-full" />
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        className="absolute inset-0 size-full"
        style={{ direction: "ltr" }}
        role="group"
        aria-label={label}
        data-testid={testId}
      >
        {children}
      </svg>
    </>
  );
}
