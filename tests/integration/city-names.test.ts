// The gazetteer (a city's names in the other languages) as the meeting editor
// writes it. Issue 18, items 1 and 2: a routine save never destroys names (an
// empty field changes nothing; a removal is an explicit, warned action), and
// names shown on other regions' pages are changed only by someone with rights
// over all of them — otherwise, and always from a draft, they are suggestions
// an administrator approves.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createMeetingAction, updateMeetingAction } from "@/lib/actions/meetings";
import { decideCitySuggestionAction, lookupCityNamesAction } from "@/lib/actions/places";
import { readCityNames } from "@/lib/data/gazetteer/write-city-names";
import { getMeetingForEdit } from "@/lib/data/meetings/get-meeting-editor";
import { getMeetingEditForm } from "@/lib/data/meetings/get-meeting-form";
import { cityNamer } from "@/lib/data/gazetteer/name-places";
import messages from "@/messages/en.json";
import { setTestUser } from "../support/test-session";
import { createdId, submitCreate } from "../support/redirects";
import { demoUsers, otherRegionStaff } from "../support/test-users";
import {
  europeRefs,
  meetingEditForm,
  meetingFields,
  publishMeeting,
  toFormData,
  uniqueSuffix,
} from "../support/meeting-fixtures";

let users: Awaited<ReturnType<typeof demoUsers>>;
let refs: Awaited<ReturnType<typeof europeRefs>>;

beforeAll(async () => {
  users = await demoUsers();
  refs = await europeRefs();
});
afterEach(() => setTestUser(null));

const names = (countryCode: string, city: string) => readCityNames(countryCode, city);
const bishkek = { fr: "Bichkek", es: "Biskek", ru: "Бишкек", ar: "بيشكيك" };

/** A published Europe meeting in `city` (as staff.europe), returning its id. */
async function publishedMeetingIn(city: string, countryCode: string, extra: Record<string, string> = {}) {
  setTestUser(users.staffEurope);
  const id = await createdId(
    createMeetingAction(null, toFormData(meetingFields(refs, { city, countryCode, timeZone: "UTC", ...extra }))),
  );
  expect(await publishMeeting(id, "publish", ["en"])).toMatchObject({ ok: true });
  return id;
}

describe("a routine save never destroys a city's names (item 1)", () => {
  it("a meeting created without a country, then given Kyrgyzstan, leaves Bishkek's names as they were", async () => {
    setTestUser(users.staffEurope);
    // Created with city Bishkek and no country: the fields have nothing to show.
    const id = await createdId(
      createMeetingAction(
        null,
        toFormData(meetingFields(refs, { city: "Bishkek", countryCode: "", cityNames: "1", cityNamesFor: "" })),
      ),
    );
    expect(await publishMeeting(id, "publish", ["en"])).toMatchObject({ ok: true });
    // The form as the editor rendered it: the fields empty (no country yet), then Kyrgyzstan chosen.
    const empty = { "cityName.fr": "", "cityName.es": "", "cityName.ru": "", "cityName.ar": "" };
    const saved = await updateMeetingAction(
      null,
      await meetingEditForm(id, { city: "Bishkek", countryCode: "KG", cityNames: "1", cityNamesFor: "", ...empty }),
    );
    expect(saved).toMatchObject({ ok: true });
    expect(await names("KG", "Bishkek")).toEqual(bishkek);
    expect((await cityNamer("ru", { perRender: false }))("Bishkek", "KG")).toBe("Бишкек");
    expect((await cityNamer("ar", { perRender: false }))("Bishkek", "KG")).toBe("بيشكيك");
    expect(await prisma.auditLog.count({ where: { entityType: "City", entityId: "KG/Bishkek" } })).toBe(0);
  });

  it("prefills the fields with the city's current names, and looks them up for another city", async () => {
    setTestUser(users.staffEurope);
    const id = await publishedMeetingIn("Bishkek", "KG");
    const meeting = (await getMeetingForEdit({ actor: users.staffEurope, id }))!;
    const form = await getMeetingEditForm({ actor: users.staffEurope, locale: "en", meeting });
    expect(form.values).toMatchObject({
      "cityName.fr": "Bichkek",
      "cityName.ru": "Бишкек",
      "cityName.ar": "بيشكيك",
      cityNamesFor: "KG/Bishkek",
    });
    // The warning beside a removal names the pages that show the city.
    expect(form.city?.total).toBeGreaterThan(1);
    expect(form.city?.pages.map((p) => p.href)).toContain("/structures/rtc-bishkek");
    // With JavaScript, choosing another country or city fills the fields from the gazetteer.
    expect(await lookupCityNamesAction({ countryCode: "th", city: "Bangkok" })).toMatchObject({
      ok: true,
      data: { ru: "Бангкок", ar: "بانكوك" },
    });
  });

  it("removes a name only when its removal is ticked, for the city the fields were loaded for", async () => {
    const city = `Naryn ${uniqueSuffix()}`;
    const id = await publishedMeetingIn(city, "KG", { cityNames: "1", cityNamesFor: "" });
    const saveNames = async (fields: Record<string, string>) =>
      updateMeetingAction(null, await meetingEditForm(id, { city, countryCode: "KG", cityNames: "1", ...fields }));
    const typed = await saveNames({ "cityName.fr": "Naryn-fr", "cityName.ru": "Нарын" });
    expect(typed).toMatchObject({ ok: true });
    expect(await names("KG", city)).toMatchObject({ fr: "Naryn-fr", ru: "Нарын" });

    // Ticked for another city (the form was loaded for Bishkek): refused next to the checkbox, nothing lost.
    const moved = await saveNames({ cityNamesFor: "KG/Bishkek", "cityNameRemove.fr": "1" });
    expect(moved).toMatchObject({
      ok: false,
      fieldErrors: { "cityNameRemove.fr": [messages.Validation.cityNameRemovalMoved] },
    });
    // A name typed and its removal ticked at once: refused next to the field.
    const both = await saveNames({ cityNamesFor: `KG/${city}`, "cityName.fr": "Autre", "cityNameRemove.fr": "1" });
    expect(both).toMatchObject({ ok: false, fieldErrors: { "cityName.fr": [messages.Validation.cityNameAndRemoval] } });
    expect(await names("KG", city)).toMatchObject({ fr: "Naryn-fr", ru: "Нарын" });

    const removed = await saveNames({ cityNamesFor: `KG/${city}`, "cityNameRemove.fr": "1" });
    expect(removed).toMatchObject({ ok: true });
    expect(await names("KG", city)).toMatchObject({ fr: "", ru: "Нарын" });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: "City", entityId: `KG/${city}`, action: "city.names" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ before: { fr: "Naryn-fr", ru: "Нарын" }, after: { ru: "Нарын" } });
  });

  it("refuses names typed without a country, next to the country, and saves nothing", async () => {
    setTestUser(users.staffEurope);
    const result = await createMeetingAction(
      null,
      toFormData(meetingFields(refs, { city: "Talas", countryCode: "", cityNames: "1", "cityName.ru": "Талас" })),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { countryCode: [messages.Validation.cityNamesNeedPlace] } });
    expect(await prisma.cityNameSuggestion.count({ where: { city: "Talas" } })).toBe(0);
  });

  it("refuses a line break in a name, next to its field, and saves nothing", async () => {
    setTestUser(users.staffEurope);
    const result = await createMeetingAction(
      null,
      toFormData(
        meetingFields(refs, { city: "Naryn", countryCode: "KG", cityNames: "1", "cityName.ru": "Нарын\nСити" }),
      ),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { "cityName.ru": expect.any(Array) } });
    expect(await prisma.cityName.count({ where: { city: "Naryn" } })).toBe(0);
  });

  it("leaves the names alone when a form without the fields is posted", async () => {
    setTestUser(users.staffEurope);
    const created = await submitCreate(
      createMeetingAction(null, toFormData(meetingFields(refs, { city: "Bishkek", countryCode: "KG" }))),
    );
    expect(created).toMatchObject({ redirected: true });
    expect(await names("KG", "Bishkek")).toEqual(bishkek);
  });
});

describe("names shown in other regions are changed only with rights over all of them (item 2)", () => {
  it("a Europe meeting in Bangkok suggests a French name instead of renaming the city on Asia/Pacific pages", async () => {
    const id = await publishedMeetingIn("Bangkok", "TH");
    const result = await updateMeetingAction(
      null,
      await meetingEditForm(id, {
        city: "Bangkok",
        countryCode: "TH",
        timeZone: "Asia/Bangkok",
        cityNames: "1",
        cityNamesFor: "TH/Bangkok",
        "cityName.fr": "PIRATE-par-Europe",
      }),
    );
    expect(result).toMatchObject({ ok: true, message: messages.StaffMeetings.savedCityNamesSuggested });
    expect((await names("TH", "Bangkok")).fr).toBe("Bangkok");
    expect((await cityNamer("fr", { perRender: false }))("Bangkok", "TH")).toBe("Bangkok");
    const suggestion = await prisma.cityNameSuggestion.findFirstOrThrow({ where: { city: "Bangkok", locale: "fr" } });
    expect(suggestion).toMatchObject({
      name: "PIRATE-par-Europe",
      status: "PENDING",
      suggestedById: users.staffEurope.id,
    });
    expect(
      await prisma.auditLog.count({
        where: { action: "city.suggest", entityId: "TH/Bangkok", actorId: users.staffEurope.id },
      }),
    ).toBe(1);

    // An administrator rejects it: nothing changes, the decision is audited.
    setTestUser(users.admin);
    const rejected = await decideCitySuggestionAction(null, toFormData({ id: suggestion.id, decision: "reject" }));
    expect(rejected).toMatchObject({ ok: true });
    expect((await names("TH", "Bangkok")).fr).toBe("Bangkok");
    expect(await prisma.auditLog.count({ where: { action: "city.rejectSuggestion", entityId: "TH/Bangkok" } })).toBe(1);
    // Decided once: a second decision is a stale page.
    expect(
      await decideCitySuggestionAction(null, toFormData({ id: suggestion.id, decision: "approve" })),
    ).toMatchObject({
      ok: false,
      message: messages.Forms.stale,
    });
  });

  it("a draft never changes public names: its names wait, and take effect when its author publishes it", async () => {
    setTestUser(users.staffEurope);
    const city = `Karakol ${uniqueSuffix()}`;
    const id = await createdId(
      createMeetingAction(
        null,
        toFormData(meetingFields(refs, { city, countryCode: "KG", cityNames: "1", "cityName.ru": "Каракол" })),
      ),
    );
    expect(await names("KG", city)).toMatchObject({ ru: "" });
    expect(await prisma.cityNameSuggestion.count({ where: { city, status: "PENDING", meetingId: id } })).toBe(1);
    // Published by Europe's staff, who may then name a city only Europe's records use.
    expect(await publishMeeting(id, "publish", ["en"])).toMatchObject({ ok: true });
    expect(await names("KG", city)).toMatchObject({ ru: "Каракол" });
    expect(await prisma.cityNameSuggestion.count({ where: { city, status: "APPROVED" } })).toBe(1);
  });

  it("an administrator's approval writes the suggested name, audited with the suggestion", async () => {
    const id = await publishedMeetingIn("Bangkok", "TH");
    await updateMeetingAction(
      null,
      await meetingEditForm(id, {
        city: "Bangkok",
        countryCode: "TH",
        cityNames: "1",
        cityNamesFor: "TH/Bangkok",
        "cityName.es": "Bangkok (Tailandia)",
      }),
    );
    const suggestion = await prisma.cityNameSuggestion.findFirstOrThrow({
      where: { city: "Bangkok", locale: "es", status: "PENDING" },
    });
    // Staff of the other region may not decide.
    setTestUser(await otherRegionStaff());
    expect(
      await decideCitySuggestionAction(null, toFormData({ id: suggestion.id, decision: "approve" })),
    ).toMatchObject({
      ok: false,
      message: messages.Forms.forbidden,
    });
    setTestUser(users.admin);
    expect(
      await decideCitySuggestionAction(null, toFormData({ id: suggestion.id, decision: "approve" })),
    ).toMatchObject({
      ok: true,
    });
    expect((await names("TH", "Bangkok")).es).toBe("Bangkok (Tailandia)");
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "city.names", entityId: "TH/Bangkok" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: users.admin.id,
      after: { es: "Bangkok (Tailandia)", suggestionId: suggestion.id },
    });
  });

  it("staff write a name directly when every published record of the city is theirs", async () => {
    const city = `Osh ${uniqueSuffix()}`;
    const id = await publishedMeetingIn(city, "KG");
    const result = await updateMeetingAction(
      null,
      await meetingEditForm(id, {
        city,
        countryCode: "KG",
        cityNames: "1",
        cityNamesFor: `KG/${city}`,
        "cityName.ru": "Ош",
      }),
    );
    expect(result).toMatchObject({ ok: true, message: messages.Forms.saved });
    expect((await cityNamer("ru", { perRender: false }))(city, "KG")).toBe("Ош");
    expect(
      await prisma.auditLog.count({
        where: { action: "city.names", entityId: `KG/${city}`, actorId: users.staffEurope.id },
      }),
    ).toBe(1);
  });
});
