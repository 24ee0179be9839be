// The staff editor's fields for a city's names in the other languages.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createMeetingAction } from "@/lib/actions/meetings";
import { readCityNames } from "@/lib/data/meetings/city-names";
import { cityNamer } from "@/lib/data/places";
import { setTestUser } from "../support/test-session";
import { submitCreate } from "../support/redirects";
import { demoUsers } from "../support/test-users";
import { europeRefs, meetingFields, toFormData } from "../support/meeting-fixtures";

let users: Awaited<ReturnType<typeof demoUsers>>;
let refs: Awaited<ReturnType<typeof europeRefs>>;

beforeAll(async () => {
  users = await demoUsers();
  refs = await europeRefs();
});
afterEach(() => setTestUser(null));

describe("city names in the meeting editor", () => {
  it("saves the names typed for the city, audited, and every page of that city shows them", async () => {
    setTestUser(users.staffEurope);
    const form = meetingFields(refs, {
      city: "Osh",
      countryCode: "KG",
      cityNames: "1",
      "cityName.ru": "Ош",
      "cityName.fr": "Och",
      "cityName.es": "",
      "cityName.ar": "أوش",
    });
    const created = await submitCreate(createMeetingAction(null, toFormData(form)));
    expect(created).toMatchObject({ redirected: true });
    expect((await cityNamer("ru", { perRender: false }))("Osh", "KG")).toBe("Ош");
    expect((await cityNamer("es", { perRender: false }))("Osh", "KG")).toBe("Osh");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "City", entityId: "KG/Osh" } });
    expect(audit).toMatchObject({
      action: "city.names",
      actorId: users.staffEurope.id,
      after: { ru: "Ош", fr: "Och", ar: "أوش" },
    });
    // The editor shows them again next time.
    expect(await readCityNames("KG", "Osh")).toEqual({ fr: "Och", es: "", ru: "Ош", ar: "أوش" });
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
    const before = await prisma.cityName.count({ where: { city: "Bishkek" } });
    const created = await submitCreate(
      createMeetingAction(null, toFormData(meetingFields(refs, { city: "Bishkek", countryCode: "KG" }))),
    );
    expect(created).toMatchObject({ redirected: true });
    expect(await prisma.cityName.count({ where: { city: "Bishkek" } })).toBe(before);
  });
});
