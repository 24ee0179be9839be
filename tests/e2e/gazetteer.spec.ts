import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/keys";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/auth";
import { screenshotDesktopAndPhone } from "./support/screenshots";

// Issue 18, item 1, in the browser: a meeting created with a city and no
// country, then given its country, shows the city's current names in the
// fields (they used to stay empty, and saving them deleted the names
// everywhere); saving keeps every name; removing one is its own checkbox,
// beside a warning naming the pages it changes.

const suffix = () => randomBytes(3).toString("hex");

test("choosing the country fills the city's names; saving keeps them; removal is explicit and warned", async ({
  page,
}) => {
  await signInAs(page, DEMO_ACCOUNTS.staffEurope);
  await page.goto("/en/staff/meetings/new");
  const title = `Bishkek without a country ${suffix()}`;
  await page.getByLabel("Start date", { exact: true }).fill("2030-09-10");
  await page.getByLabel("End date", { exact: true }).fill("2030-09-11");
  await page.getByLabel("City", { exact: true }).fill("Bishkek");
  await page.locator('input[name="t.en.title"]').fill(title);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/);
  const cityName = (locale: string) => page.locator(`input[name="cityName.${locale}"]`);
  // No country yet: the gazetteer has nothing to show.
  await expect(cityName("ru")).toHaveValue("");

  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Kyrgyzstan" });
  await expect(cityName("ru")).toHaveValue("Бишкек");
  await expect(cityName("fr")).toHaveValue("Bichkek");
  await expect(cityName("ar")).toHaveValue("بيشكيك");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved|sent to an administrator/ })).toBeVisible();

  // Every page of the city still shows its names.
  const profile = await page.request.get("/ru/structures/rtc-bishkek");
  expect(await profile.text()).toContain("Бишкек");

  // On reload, the fields show the names, and each one can be removed on purpose, with the pages it changes.
  await page.reload();
  await expect(cityName("ru")).toHaveValue("Бишкек");
  const removal = page.getByTestId("city-name-removal");
  await expect(removal).toContainText("A removed name disappears from every page that names this city");
  await expect(removal.getByRole("link", { name: /RTC|Regional Training Centre/ }).first()).toBeVisible();
  await expect(removal.getByRole("checkbox")).toHaveCount(4);
  await expectNoAxeViolations(page);
  await removal.scrollIntoViewIfNeeded();
  await screenshotDesktopAndPhone(page, "city-name-removal-en");
  await page.goto(page.url().replace("/en/", "/ar/"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("city-name-removal")).toBeVisible();
  await screenshotDesktopAndPhone(page, "city-name-removal-ar");
  // The block itself at phone width, to read it.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("city-name-removal").screenshot({ path: "screenshots/city-name-removal-ar-phone-detail.png" });
  await page.setViewportSize({ width: 1280, height: 800 });
});
