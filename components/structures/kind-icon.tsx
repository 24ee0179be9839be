import type { StructureKindValue } from "@/lib/validation/structure-filters";

// One shape and colour per kind, shared by the cards, the map markers and the
// map legend, so the kind never depends on colour alone.
export const kindColours: Record<StructureKindValue, string> = {
  ROCB: "#154a7e", // brand-700
  RTC: "#b45309", // amber-700
  VICE_CHAIR: "#047857", // emerald-700
};

/** The kind's shape centred on (cx, cy) with radius r, for use inside an <svg>. */
export function KindShape({
  kind,
  cx,
  cy,
  r,
  stroke = "#ffffff",
}: {
  kind: StructureKindValue;
  cx: number;
  cy: number;
  r: number;
  stroke?: string;
}) {
  const fill = kindColours[kind];
  if (kind === "ROCB") return <circle cx={cx} cy={cy} r={r} fill={fill} stroke={stroke} strokeWidth={2} />;
  if (kind === "RTC") {
    const side = r * 1.7;
    return (
      <rect
        x={cx - side / 2}
        y={cy - side / 2}
        width={side}
        height={side}
        rx={1.5}
        fill={fill}
        stroke={stroke}
        strokeWidth={2}
      />
    );
  }
  const h = r * 1.15;
  const points = [`${cx},${cy - h}`, `${cx + h * 1.05},${cy + h * 0.8}`, `${cx - h * 1.05},${cy + h * 0.8}`].join(" ");
  return <polygon points={points} fill={fill} stroke={stroke} strokeWidth={2} strokeLinejoin="round" />;
}

/** A small decorative icon of the kind, next to its name. */
export function KindIcon({ kind, className = "size-4" }: { kind: StructureKindValue; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" className={`inline-block shrink-0 ${className}`} aria-hidden="true" focusable="false">
      <KindShape kind={kind} cx={10} cy={10.5} r={7} stroke="none" />
    </svg>
  );
}
