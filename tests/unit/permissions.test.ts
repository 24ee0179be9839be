import { describe, expect, it } from "vitest";
import { can, type Actor } from "@/lib/auth/permissions";

const admin: Actor = { id: "a", role: "ADMIN", structureId: null, regionId: null };
const staff: Actor = { id: "s", role: "ROCB_STAFF", structureId: "rocb-eur", regionId: "EUR" };
const rep: Actor = { id: "r", role: "RTC_REP", structureId: "rtc-bishkek", regionId: "EUR" };

describe("permissions (PRODUCT.md table)", () => {
  it("refuses anonymous visitors everything", () => {
    expect(can(null, "staff.enter")).toBe(false);
    expect(can(undefined, "meeting.update", { regionId: "EUR" })).toBe(false);
  });

  it("lets administrators do everything", () => {
    for (const action of ["structure.create", "user.manage", "audit.read", "meeting.update", "news.publish"] as const) {
      expect(can(admin, action, { regionId: "AP" })).toBe(true);
    }
  });

  it("scopes ROCB staff to their region", () => {
    expect(can(staff, "meeting.create", { regionId: "EUR" })).toBe(true);
    expect(can(staff, "meeting.update", { regionId: "EUR" })).toBe(true);
    expect(can(staff, "meeting.update", { regionId: "AP" })).toBe(false);
    expect(can(staff, "meeting.update", { regionId: null })).toBe(false);
    expect(can(staff, "structure.update", { regionId: "EUR", structureId: "rtc-bishkek" })).toBe(true);
    expect(can(staff, "structure.create")).toBe(false);
    expect(can(staff, "user.manage")).toBe(false);
    expect(can(staff, "audit.read")).toBe(false);
  });

  it("scopes RTC representatives to their own structure's profile", () => {
    expect(can(rep, "structure.update", { regionId: "EUR", structureId: "rtc-bishkek" })).toBe(true);
    expect(can(rep, "structure.update", { regionId: "EUR", structureId: "rtc-budapest" })).toBe(false);
    expect(can(rep, "meeting.create", { regionId: "EUR" })).toBe(false);
    expect(can(rep, "meeting.update", { regionId: "EUR" })).toBe(false);
    expect(can(rep, "news.create")).toBe(false);
    expect(can(rep, "meeting.readDraft", { structureIds: ["rtc-bishkek", null] })).toBe(true);
    expect(can(rep, "meeting.readDraft", { structureIds: ["rtc-budapest"] })).toBe(false);
  });
});
