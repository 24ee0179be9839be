import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "portal-structure-uploads-"));

import { createStructureAction, updateStructureAction } from "@/lib/actions/structures";
import type { FormState } from "@/lib/actions/form-state";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import { imageAudience } from "@/lib/data/get-image-audience";
import type { StructureSaveResult } from "@/lib/data/structures/save-structure";
import { getStaffStructure, listStaffStructures } from "@/lib/data/structures/list-staff-structures";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { exeBytes, fileOf, formDataOf, pngBytes } from "../support/form-data";
import { structureProfileForm, structureSnapshot } from "../support/staff-forms";
import { setTestUser } from "../support/test-session";
import { createdId } from "../support/redirects";
import { newFormToken } from "@/lib/data/create-once";
import { demoUsers, otherRegionStaff, otherRtcRep } from "../support/test-users";

type Users = Awaited<ReturnType<typeof demoUsers>> & { staffAsia: SessionUser; rtcBudapest: SessionUser };
let users: Users;
let bishkekId: string;
let budapestId: string;
let europeId: string;
let asiaId: string;

const saved = (state: FormState<unknown>) => {
  expect(state, JSON.stringify(state)).toMatchObject({ ok: true });
  return (state as { data: StructureSaveResult }).data;
};

const structureRows = structureSnapshot;
const profileForm = structureProfileForm;

beforeAll(async () => {
  users = { ...(await demoUsers()), staffAsia: await otherRegionStaff(), rtcBudapest: await otherRtcRep() };
  bishkekId = (await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcBishkek } })).id;
  budapestId = (await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcBudapest } })).id;
  europeId = (await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } })).id;
  asiaId = (await prisma.region.findUniqueOrThrow({ where: { code: "AP" } })).id;
});

afterEach(() => setTestUser(null));

describe("editing a structure profile", () => {
  it("lets the RTC representative update their own centre's phone, with an audit entry and cache tags", async () => {
    setTestUser(users.rtcBishkek);
    const result = saved(
      await updateStructureAction(null, await profileForm(bishkekId, { phone: "+996 312 55 66 77" })),
    );
    expect(result.tags).toEqual(expect.arrayContaining(["structures", "regions", `structure:${bishkekId}`]));
    const row = (await structureRows(bishkekId))!;
    expect(row.phone).toBe("+996 312 55 66 77");
    expect(row.version).toBe(2);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: "Structure", entityId: bishkekId, action: "structure.update" },
    });
    expect(audit.actorId).toBe(users.rtcBishkek.id);
    expect(JSON.stringify(audit.before)).not.toContain("+996 312 55 66 77");
    expect(JSON.stringify(audit.after)).toContain("+996 312 55 66 77");
  });

  it("refuses another centre's profile, other regions' staff and anonymous visitors, changing nothing", async () => {
    const budapestBefore = await structureRows(budapestId);
    setTestUser(users.rtcBishkek);
    expect(await updateStructureAction(null, await profileForm(budapestId, { phone: "+1 000" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("not allowed"),
    });
    setTestUser(users.staffAsia);
    expect(await updateStructureAction(null, await profileForm(budapestId, { phone: "+1 000" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("not allowed"),
    });
    setTestUser(null);
    expect(await updateStructureAction(null, await profileForm(budapestId, { phone: "+1 000" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Sign in again"),
    });
    expect(await structureRows(budapestId)).toEqual(budapestBefore);
    expect(await prisma.auditLog.count({ where: { entityId: budapestId } })).toBe(0);
    // Europe's ROCB staff may edit a centre of their region.
    setTestUser(users.staffEurope);
    saved(await updateStructureAction(null, await profileForm(budapestId, { headName: "Anna Példa" })));
  });

  it("lets only administrators change a structure's kind, region or slug", async () => {
    const before = await structureRows(bishkekId);
    setTestUser(users.rtcBishkek);
    expect(
      await updateStructureAction(null, await profileForm(bishkekId, { slug: "rtc-bishkek-renamed" })),
    ).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    setTestUser(users.staffEurope);
    expect(await updateStructureAction(null, await profileForm(bishkekId, { kind: "ROCB" }))).toMatchObject({
      ok: false,
    });
    expect(await updateStructureAction(null, await profileForm(bishkekId, { regionId: asiaId }))).toMatchObject({
      ok: false,
    });
    expect(await structureRows(bishkekId)).toEqual(before);
    // Sending the identity unchanged is fine.
    saved(
      await updateStructureAction(
        null,
        await profileForm(bishkekId, { slug: SEED_SLUGS.rtcBishkek, kind: "RTC", regionId: europeId }),
      ),
    );
    setTestUser(users.admin);
    const taken = await updateStructureAction(null, await profileForm(bishkekId, { slug: SEED_SLUGS.rtcBudapest }));
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["This address is already used by another record."] },
    });
  });

  it("gives field errors for a bad e-mail, web address, coordinates and history dates, and saves nothing", async () => {
    const before = await structureRows(bishkekId);
    setTestUser(users.rtcBishkek);
    const result = await updateStructureAction(
      null,
      await profileForm(bishkekId, {
        email: "not-an-address",
        website: "javascript:alert(1)",
        latitude: "91",
        longitude: "-181",
        phone: "call me maybe",
        "history.0.endsOn": "1990-01-01",
        "t.en.name": "",
      }),
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was saved") });
    const errors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors).toMatchObject({
      email: ["Enter a valid e-mail address."],
      website: ["Enter a full web address starting with https://."],
      latitude: ["Must be at most 90."],
      longitude: ["Must be at least -180."],
      phone: ["This value is not valid."],
      "history.0.endsOn": ["The end must be after the start."],
      "t.en.name": ["This field is required."],
    });
    expect((result as { values: Record<string, unknown> }).values.email).toBe("not-an-address");
    // A country of another region is refused on the server.
    const elsewhere = await updateStructureAction(null, await profileForm(bishkekId, { countryCode: "TH" }));
    expect(elsewhere).toMatchObject({ ok: false, fieldErrors: { countryCode: ["This value is not valid."] } });
    expect(await structureRows(bishkekId)).toEqual(before);
  });

  it("refuses a stale version, keeping the text and changing nothing", async () => {
    setTestUser(users.staffEurope);
    const mine = await profileForm(bishkekId, { "t.en.description": "My careful description" });
    const theirs = await profileForm(bishkekId, { city: "Bishkek (centre)" });
    saved(await updateStructureAction(null, theirs));
    const afterTheirs = await structureRows(bishkekId);
    const stale = await updateStructureAction(null, mine);
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing was overwritten"),
      values: { "t.en.description": "My careful description" },
    });
    expect(await structureRows(bishkekId)).toEqual(afterTheirs);
  });

  it("adds, edits and removes history entries in the same save", async () => {
    setTestUser(users.staffEurope);
    const form = await profileForm(bishkekId, {
      "history.1.kind": "HEAD_CHANGE",
      "history.1.startsOn": "2024-03-01",
      "history.1.endsOn": "",
      "history.1.summary.en": "A new head took office.",
      "history.1.summary.ru": "Назначен новый руководитель.",
    });
    saved(await updateStructureAction(null, form));
    let row = (await structureRows(bishkekId))!;
    expect(row.history.map((h) => h.kind)).toEqual(["ESTABLISHED", "HEAD_CHANGE"]);
    expect(row.history[1].translations.map((t) => t.locale)).toEqual(["en", "ru"]);
    // Edit the new one, remove the first (it is simply not sent).
    const next = await profileForm(bishkekId);
    const edited = formDataOf({});
    for (const [key, value] of next.entries()) {
      if (key.startsWith("history.0.")) continue;
      edited.append(key.replace(/^history\.1\./, "history.0."), value);
    }
    edited.set("history.0.summary.en", "A new head took office in March.");
    saved(await updateStructureAction(null, edited));
    row = (await structureRows(bishkekId))!;
    expect(row.history).toHaveLength(1);
    expect(row.history[0].translations.find((t) => t.locale === "en")?.summary).toBe(
      "A new head took office in March.",
    );
    // Another structure's entry id is refused.
    const budapestEntry = await prisma.structureHistoryEntry.findFirstOrThrow({ where: { structureId: budapestId } });
    const foreign = await updateStructureAction(
      null,
      await profileForm(bishkekId, { "history.0.id": budapestEntry.id }),
    );
    expect(foreign).toMatchObject({ ok: false });
    expect(await prisma.structureHistoryEntry.findUnique({ where: { id: budapestEntry.id } })).not.toBeNull();
  });

  it("publishes and unpublishes translations", async () => {
    setTestUser(users.rtcBishkek);
    saved(
      await updateStructureAction(
        null,
        await profileForm(bishkekId, { "t.ar.name": "المركز الإقليمي للتدريب في بيشكيك", "t.ar.status": "DRAFT" }),
      ),
    );
    let ar = (await structureRows(bishkekId))!.translations.find((t) => t.locale === "ar");
    expect(ar).toMatchObject({ status: "DRAFT", publishedAt: null });
    saved(await updateStructureAction(null, await profileForm(bishkekId, { "t.ar.status": "PUBLISHED" })));
    ar = (await structureRows(bishkekId))!.translations.find((t) => t.locale === "ar");
    expect(ar?.status).toBe("PUBLISHED");
    expect(ar?.publishedAt).not.toBeNull();
    saved(await updateStructureAction(null, await profileForm(bishkekId, { "t.ar.name": "", "t.ar.status": "DRAFT" })));
    expect((await structureRows(bishkekId))!.translations.map((t) => t.locale)).not.toContain("ar");
  });

  it("checks the logo by its content and serves it only while allowed", async () => {
    setTestUser(users.rtcBishkek);
    const before = await structureRows(bishkekId);
    const bad = await updateStructureAction(
      null,
      await profileForm(bishkekId, { logo: fileOf(exeBytes, "logo.png", "image/png") }),
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { logo: ["This type of file is not accepted."] } });
    expect(await structureRows(bishkekId)).toEqual(before);
    saved(
      await updateStructureAction(
        null,
        await profileForm(bishkekId, { logo: fileOf(pngBytes, "logo.webp", "image/webp") }),
      ),
    );
    const key = (await structureRows(bishkekId))!.logoKey!;
    expect(key).toMatch(new RegExp(`^structures/${bishkekId}/[a-f0-9]{24}\\.png$`));
    expect(await imageAudience(key, async () => null)).toBe("public");
    saved(await updateStructureAction(null, await profileForm(bishkekId, { removeLogo: "on" })));
    expect((await structureRows(bishkekId))!.logoKey).toBeNull();
    expect(await imageAudience(key, async () => users.admin)).toBeNull();
  });
});

describe("creating structures", () => {
  const createForm = (slug: string) => ({
    formToken: newFormToken(),
    kind: "RTC",
    regionId: europeId,
    countryCode: "ge",
    city: "Tbilisi",
    status: "ACTIVE",
    slug,
    name: "WCO Regional Training Centre Tbilisi",
  });

  it("lets only administrators create a structure, as a draft profile", async () => {
    const before = await prisma.structure.count();
    for (const user of [null, users.rtcBishkek, users.staffEurope, users.staffAsia]) {
      setTestUser(user);
      expect(await createStructureAction(null, formDataOf(createForm("rtc-tbilisi")))).toMatchObject({ ok: false });
    }
    expect(await prisma.structure.count()).toBe(before);
    setTestUser(users.admin);
    const form = createForm("rtc-tbilisi");
    const result = { id: await createdId(createStructureAction(null, formDataOf(form))) };
    // The same form sent again opens the same structure.
    expect(await createdId(createStructureAction(null, formDataOf(form)))).toBe(result.id);
    const row = (await structureRows(result.id))!;
    expect(row).toMatchObject({ slug: "rtc-tbilisi", kind: "RTC", countryCode: "GE", regionId: europeId });
    expect(row.translations).toMatchObject([
      { locale: "en", name: "WCO Regional Training Centre Tbilisi", status: "DRAFT" },
    ]);
    expect(
      await prisma.auditLog.count({
        where: { entityId: result.id, action: "structure.create", actorId: users.admin.id },
      }),
    ).toBe(1);
    expect(await createStructureAction(null, formDataOf(createForm("rtc-tbilisi")))).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["This address is already used by another record."] },
    });
    expect(await createStructureAction(null, formDataOf({ ...createForm("Bad Slug"), countryCode: "" }))).toMatchObject(
      {
        ok: false,
        fieldErrors: {
          slug: ["Use lower-case letters, digits and hyphens only."],
          countryCode: ["This field is required."],
        },
      },
    );
  });
});

describe("staff structure reads", () => {
  it("scopes the editor and the list", async () => {
    expect((await getStaffStructure({ actor: users.rtcBishkek, id: bishkekId })).state).toBe("ok");
    expect((await getStaffStructure({ actor: users.rtcBishkek, id: budapestId })).state).toBe("forbidden");
    expect((await getStaffStructure({ actor: users.staffAsia, id: bishkekId })).state).toBe("forbidden");
    expect((await getStaffStructure({ actor: users.staffEurope, id: budapestId })).state).toBe("ok");
    expect((await getStaffStructure({ actor: users.admin, id: "nosuchstructure" })).state).toBe("notFound");
    const rtc = await listStaffStructures({ actor: users.rtcBishkek, locale: "en", page: 1 });
    expect(rtc.items.map((i) => i.id)).toEqual([bishkekId]);
    const europe = await listStaffStructures({ actor: users.staffEurope, locale: "en", page: 1 });
    expect(europe.items.length).toBeGreaterThan(3);
    const europeRegion = europe.items[0].region;
    expect(europe.items.every((i) => i.region === europeRegion)).toBe(true);
  });

  it("lists a full page and a short page with the same number of queries", async () => {
    const count = async (actor: SessionUser) => {
      const { result, queries } = await countQueries(() => listStaffStructures({ actor, locale: "ar", page: 1 }));
      return { queries, rows: result.items.length };
    };
    const all = await count(users.admin);
    const one = await count(users.rtcBishkek);
    expect(all.rows).toBeGreaterThan(10);
    expect(one.rows).toBe(1);
    expect(one.queries).toBe(all.queries);
    expect(all.queries).toBeLessThanOrEqual(2);
  });
});
