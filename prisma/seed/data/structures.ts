// All regional structures, in the order they are created.
import { rocbs } from "./structures-rocb";
import { europeRtcs } from "./structures-europe";
import { otherRtcs } from "./structures-rtc-other";
import { viceChairOffices } from "./structures-vice-chair";
import type { StructureSeed } from "./types";

export const structures: StructureSeed[] = [...rocbs, ...europeRtcs, ...otherRtcs, ...viceChairOffices];
