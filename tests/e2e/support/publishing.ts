import { expect, type Page } from "@playwright/test";

/**
 * The one publishing path of the staff editors: choose the languages to show,
 * ask for a change, read what it will make public, confirm. Returns the
 * review's text (what the page said before anything changed).
 */
export async function publishThrough(page: Page, { change, languages = [] }: { change: string; languages?: string[] }) {
  const panel = page.locator("section[aria-labelledby=status-heading]");
  const ask = panel.getByRole("button", { name: change, exact: true });
  // The editor may still be on its way (a client navigation): wait for the panel before reading its boxes.
  await expect(ask).toBeVisible();
  for (const box of await panel.getByRole("checkbox").all()) {
    const name = (await box.getAttribute("id"))?.replace("publish-", "") ?? "";
    if (languages.includes(name)) await box.check();
    else await box.uncheck();
  }
  for (const language of languages) await expect(panel.locator(`#publish-${language}`)).toBeChecked();
  await ask.click();
  const review = panel.locator("form[aria-labelledby=publication-confirm-title]");
  await expect(review).toBeVisible();
  const said = (await review.innerText()).replace(/\s+/g, " ");
  await review.getByRole("button", { name: `Confirm: ${change}` }).click();
  await expect(panel.getByRole("status").filter({ hasText: /^Done:/ })).toBeVisible();
  return said;
}
