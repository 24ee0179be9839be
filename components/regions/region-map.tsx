import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import { layoutRegionMap } from "@/lib/content/region-map";
import type { StructureCard } from "@/lib/data/structures";
import { structureKindOrder } from "@/lib/validation/structure-filters";
import { KindIcon, KindShape } from "@/components/structures/kind-icon";

/** Labels are laid out for the phone size (the larger, in map units) and drawn smaller from 640 px up. */
const LABEL_FONT_SIZE = 20;
const MAP_WIDTH = 600;

/**
 * The region's structures on an inline SVG map, rendered on the server: no
 * tile server, no script. The list of structures beside it is the text
 * alternative; each marker also carries its name in a <title>.
 */
export async function RegionMap({ code, regionName, structures, locale }: { code: string; regionName: string; structures: StructureCard[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Regions" });
  const kinds = await getTranslations({ locale, namespace: "Structures" });
  const placed = structures.filter((s) => s.latitude !== null && s.longitude !== null);
  if (placed.length === 0) return null;
  const byId = new Map(placed.map((s) => [s.id, s]));
  const layout = layoutRegionMap(
    code,
    placed.map((s) => ({ id: s.id, kind: s.kind, latitude: s.latitude!, longitude: s.longitude!, label: s.city })),
    { width: MAP_WIDTH, labelFontSize: LABEL_FONT_SIZE },
  );
  const { frame } = layout;
  const presentKinds = structureKindOrder.filter((kind) => placed.some((s) => s.kind === kind));
  return (
    <figure className="space-y-3">
      <svg
        role="img"
        aria-label={t("mapLabel", { region: regionName, count: placed.length })}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="block h-auto w-full"
        style={{ direction: "ltr" }}
        data-testid="region-map"
      >
        <defs>
          <clipPath id={`map-frame-${code}`}>
            <rect x={frame.x} y={frame.y} width={frame.width} height={frame.height} rx={10} />
          </clipPath>
        </defs>
        <rect x={frame.x} y={frame.y} width={frame.width} height={frame.height} rx={10} fill="#eef5fb" />
        <g clipPath={`url(#map-frame-${code})`} stroke="#c5d8ea" strokeWidth={1}>
          {layout.meridians.map((line) => (
            <line key={`m${line.degrees}`} x1={line.x} x2={line.x} y1={frame.y} y2={frame.y + frame.height} />
          ))}
          {layout.parallels.map((line) => (
            <line
              key={`p${line.degrees}`}
              x1={frame.x}
              x2={frame.x + frame.width}
              y1={line.y}
              y2={line.y}
              strokeDasharray={line.degrees === 0 ? "6 4" : undefined}
              stroke={line.degrees === 0 ? "#9fbbd6" : undefined}
            />
          ))}
        </g>
        <rect x={frame.x} y={frame.y} width={frame.width} height={frame.height} rx={10} fill="none" stroke="#94a3b8" strokeWidth={1.5} />
        {layout.groups.map((group) =>
          group.members.map((member) => {
            const structure = byId.get(member.id)!;
            const place = kinds("place", { city: structure.city, country: countryName(structure.countryCode, locale) });
            return (
              <g key={member.id} data-slug={structure.slug}>
                <title>{t("markerTitle", { name: structure.name, kind: kinds(`kind.${structure.kind}`), place })}</title>
                <KindShape kind={member.kind} cx={member.x} cy={member.y} r={layout.markerRadius} />
              </g>
            );
          }),
        )}
        <g fill="#0f172a" fontWeight={600} stroke="#ffffff" strokeWidth={4} strokeLinejoin="round" paintOrder="stroke" aria-hidden="true">
          {layout.groups.map((group) =>
            group.label ? (
              <text
                key={`${group.x}-${group.y}`}
                x={group.label.x}
                y={group.label.y}
                textAnchor={group.label.anchor}
                dominantBaseline={group.label.baseline}
                fontSize={LABEL_FONT_SIZE}
                className="text-[20px] sm:text-[13px]"
              >
                {group.label.text}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <figcaption className="space-y-2 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-5 gap-y-1" aria-label={t("legend")}>
          {presentKinds.map((kind) => (
            <li key={kind} className="flex items-center gap-2">
              <KindIcon kind={kind} />
              {kinds(`kind.${kind}`)}
            </li>
          ))}
        </ul>
        <p className="text-slate-600">{t("mapNote")}</p>
      </figcaption>
    </figure>
  );
}
