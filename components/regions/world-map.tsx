import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { MapCanvas } from "./map-canvas";
import type { AppLocale } from "@/i18n/routing";
import type { RegionSummary } from "@/lib/data/regions/list-regions";
import { regionColors } from "@/lib/maps/base-map";
import { worldFrame } from "@/lib/maps/projection";

/** Where each region's name sits on the world map (longitude, latitude). */
const labelAnchors: Record<string, [number, number]> = {
  EUR: [48, 57],
  AP: [118, 2],
  AMS: [-88, 30],
  ESA: [33, -14],
  WCA: [-4, 2],
  MENA: [44, 30],
};

const FONT = 15;
const LINE = 18;

/** A label of at most two lines, split at the space nearest the middle. */
function lines(text: string): string[] {
  if (text.length <= 16) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
  if (!spaces.length) return [text];
  const middle = spaces.reduce((best, at) =>
    Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2) ? at : best,
  );
  return [text.slice(0, middle), text.slice(middle + 1)];
}

/** The six regions on a world map: the base map colours each region's countries; each name is a link to its page. */
export async function WorldMap({ regions, locale }: { regions: RegionSummary[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Regions" });
  const frame = worldFrame();
  return (
    <figure className="space-y-3" aria-labelledby="world-map-note">
      {/* Only where the map is wider than the screen (it keeps 640 px so that its labels stay readable). */}
      <p className="flex items-center gap-2 text-sm text-slate-700 min-[720px]:hidden" data-testid="map-scroll-hint">
        <span aria-hidden="true">↔</span>
        {t("mapScrollHint")}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white" data-testid="world-map-scroll">
        <div className="relative min-w-[640px]" style={{ aspectRatio: `${frame.width} / ${frame.height}` }}>
          <MapCanvas src="/maps/world.svg" frame={frame} label={t("worldMapLabel")} testId="world-map">
            {regions.map((region) => {
              const anchor = labelAnchors[region.code];
              if (!anchor) return null;
              const [x, y] = frame.project(anchor[0], anchor[1]);
              const text = lines(t(`short.${region.code as "EUR"}`));
              const width = Math.max(...text.map((line) => line.length)) * FONT * 0.56 + 20;
              const height = text.length * LINE + 10;
              return (
                <a
                  key={region.code}
                  href={getPathname({ href: `/regions/${region.code.toLowerCase()}`, locale })}
                  aria-label={region.name}
                  className="map-marker"
                  data-region={region.code}
                >
                  <rect
                    className="marker-ring"
                    x={x - width / 2 - 4}
                    y={y - height / 2 - 4}
                    width={width + 8}
                    height={height + 8}
                    rx={10}
                    fill="none"
                    stroke="#c8962e"
                    strokeWidth={4}
                  />
                  <rect
                    x={x - width / 2}
                    y={y - height / 2}
                    width={width}
                    height={height}
                    rx={7}
                    fill="#ffffff"
                    fillOpacity={0.92}
                    stroke={regionColors[region.code]}
                    strokeWidth={3}
                  />
                  <text
                    x={x}
                    y={y - ((text.length - 1) * LINE) / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={FONT}
                    fontWeight={600}
                    fill="#0a2a4b"
                    lang={locale}
                  >
                    {text.map((line, index) => (
                      <tspan key={index} x={x} dy={index === 0 ? 0 : LINE}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </a>
              );
            })}
          </MapCanvas>
        </div>
      </div>
      <figcaption id="world-map-note" className="text-sm text-slate-600">
        {t("worldMapNote")} <span className="text-xs text-slate-500">{t("mapSource")}</span>
      </figcaption>
    </figure>
  );
}
