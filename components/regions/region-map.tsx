import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { getPathname } from "@/i18n/navigation";
import { MapCanvas } from "./map-canvas";
import { formatPlace } from "@/lib/content/format";
import { layoutRegionMap } from "@/lib/content/region-map";
import type { StructureCard } from "@/lib/data/structures/select-structure-card";
import { regionFrame } from "@/lib/maps/projection";
import { mapColors } from "@/lib/maps/base-map";
import { structureKindOrder } from "@/lib/validation/structure-filters";
import { KindIcon, KindShape } from "@/components/structures/kind-icon";

/** Labels and markers in viewBox units (600 wide); the map is never drawn narrower than 560 px, so they stay readable and easy to tap. */
const LABEL_FONT_SIZE = 15;
const MARKER_RADIUS = 12;

/**
 * The region on a real map, drawn on the server: the base map (country
 * outlines, the members shaded: app/maps/[file]/route.ts) under an inline SVG
 * of markers, each a link to the structure's profile, reachable by keyboard,
 * labelled in the page's language. No tiles, no script. On a phone the map
 * keeps its size and scrolls sideways; the list of structures beside it says
 * the same as text.
 */
export async function RegionMap({
  code,
  regionName,
  structures,
  locale,
}: {
  code: string;
  regionName: string;
  structures: StructureCard[];
  locale: AppLocale;
}) {
  const frame = regionFrame(code);
  if (!frame) return null;
  const t = await getTranslations({ locale, namespace: "Regions" });
  const kinds = await getTranslations({ locale, namespace: "Structures" });
  const placed = structures.filter((s) => s.latitude !== null && s.longitude !== null);
  const byId = new Map(placed.map((s) => [s.id, s]));
  const layout = layoutRegionMap(
    code,
    placed.map((s) => ({
      id: s.id,
      kind: s.kind,
      latitude: s.latitude!,
      longitude: s.longitude!,
      label: s.cityName,
    })),
    { labelFontSize: LABEL_FONT_SIZE, markerRadius: MARKER_RADIUS, projection: frame },
  );
  const presentKinds = structureKindOrder.filter((kind) => placed.some((s) => s.kind === kind));
  const aspect = `${frame.width} / ${frame.height}`;
  return (
    <figure className="space-y-3" aria-labelledby={`map-caption-${code}`}>
      {/* Only where the map is wider than the screen (it keeps 560 px so that its labels stay readable). */}
      <p className="flex items-center gap-2 text-sm text-slate-700 min-[640px]:hidden" data-testid="map-scroll-hint">
        <span aria-hidden="true">↔</span>
        {t("mapScrollHint")}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white" data-testid="region-map-scroll">
        <div className="relative min-w-[560px]" style={{ aspectRatio: aspect }}>
          <MapCanvas
            src={`/maps/region-${code.toLowerCase()}.svg`}
            frame={frame}
            label={t("mapLabel", { region: regionName, count: placed.length })}
            testId="region-map"
          >
            {layout.groups.map((group) =>
              group.members.map((member) => {
                const structure = byId.get(member.id)!;
                const label = t("markerTitle", {
                  name: structure.name,
                  kind: kinds(`kind.${structure.kind}`),
                  place: formatPlace(structure.cityName, structure.countryCode, locale, (city, country) =>
                    kinds("place", { city, country }),
                  ),
                });
                return (
                  <a
                    key={member.id}
                    href={getPathname({ href: `/structures/${structure.slug}`, locale })}
                    aria-label={label}
                    className="map-marker"
                    data-slug={structure.slug}
                  >
                    <title>{label}</title>
                    <circle
                      className="marker-ring"
                      cx={member.x}
                      cy={member.y}
                      r={MARKER_RADIUS + 5}
                      fill="none"
                      stroke="#c8962e"
                      strokeWidth={4}
                    />
                    <KindShape kind={member.kind} cx={member.x} cy={member.y} r={MARKER_RADIUS} />
                  </a>
                );
              }),
            )}
            <g
              fill="#0f172a"
              fontWeight={600}
              stroke="#ffffff"
              strokeWidth={4}
              strokeLinejoin="round"
              paintOrder="stroke"
              aria-hidden="true"
            >
              {layout.groups.map((group) =>
                group.label ? (
                  <text
                    key={`${group.x}-${group.y}`}
                    x={group.label.x}
                    y={group.label.y}
                    textAnchor={group.label.anchor}
                    dominantBaseline={group.label.baseline}
                    fontSize={LABEL_FONT_SIZE}
                    lang={locale}
                  >
                    {group.label.text}
                  </text>
                ) : null,
              )}
            </g>
          </MapCanvas>
        </div>
      </div>
      <figcaption id={`map-caption-${code}`} className="space-y-2 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-5 gap-y-1" aria-label={t("legend")}>
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4 rounded-sm border"
              style={{ background: mapColors.member, borderColor: mapColors.memberBorder }}
            />
            {t("memberCountries")}
          </li>
          {presentKinds.map((kind) => (
            <li key={kind} className="flex items-center gap-2">
              <KindIcon kind={kind} />
              {kinds(`kind.${kind}`)}
            </li>
          ))}
        </ul>
        <p className="text-slate-600">{t("mapNote")}</p>
        <p className="text-xs text-slate-500">{t("mapSource")}</p>
      </figcaption>
    </figure>
  );
}
