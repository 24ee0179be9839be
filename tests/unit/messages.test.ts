import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

import { locales } from "@/i18n/routing";

const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Record<string, unknown>;

function flatten(object: Record<string, unknown>, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(object).flatMap(([key, value]) =>
      value && typeof value === "object"
        ? Object.entries(flatten(value as Record<string, unknown>, `${prefix}${key}.`))
        : [[`${prefix}${key}`, String(value)]],
    ),
  );
}

describe("interface messages", () => {
  const english = flatten(load("en"));

  for (const locale of locales) {
    it(`${locale}.json has every key of en.json, each valid ICU`, () => {
      const messages = flatten(load(locale));
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, message] of Object.entries(messages)) {
        expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
        expect(message.trim(), key).not.toBe("");
      }
    });
  }
});
