import { listCountryRegions } from "@/lib/data/regions/list-regions";
import { notFoundResponse } from "@/lib/feeds/responses";
import { baseMapSvg, mapColors, regionColors } from "@/lib/maps/base-map";
import { regionFrame, worldFrame } from "@/lib/maps/projection";

// The base maps under the markers of the region pages and the regions index:
// country outlines (Natural Earth, shipped in node_modules) with the members
// shaded. One file per map for every language (they hold no text), drawn on
// first request and cached until the regions change; browsers keep them too,
// so the pages themselves stay light.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^(world|region-(eur|ap|ams|esa|wca|mena))\.svg$/.exec(file);
  if (!match) return notFoundResponse();
  const regionOf = await listCountryRegions();
  let svg: string;
  if (match[2]) {
    const code = match[2].toUpperCase();
    svg = baseMapSvg(regionFrame(code)!, "50m", (country) =>
      country && regionOf.get(country) === code ? { fill: mapColors.member, stroke: mapColors.memberBorder } : null,
    );
  } else {
    svg = baseMapSvg(worldFrame(), "110m", (country) => {
      const region = country ? regionOf.get(country) : undefined;
      return region && regionColors[region] ? { fill: regionColors[region] } : null;
    });
  }
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
