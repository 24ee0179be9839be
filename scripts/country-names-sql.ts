// npx tsx scripts/country-names-sql.ts > statements.sql
// The rows of "CountryName" (search by country name in every language) as SQL,
// from countryName(): paste them into a new migration whenever
// lib/content/country-names.ts changes (tests/integration/search-names.test.ts
// fails until the table and the pages agree).
import { locales } from "../i18n/routing";
import { countryName } from "../lib/content/format";
import { namedCountryCodes } from "../lib/search/country-codes";

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const rows = namedCountryCodes().flatMap((code) =>
  locales.map((locale) => `(${quote(code)}, ${quote(locale)}, ${quote(countryName(code, locale))})`),
);
console.log(`DELETE FROM "CountryName";`);
console.log(`INSERT INTO "CountryName" ("code", "locale", "name") VALUES\n  ${rows.join(",\n  ")};`);
