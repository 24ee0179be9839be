// Holds every interface string and every demo text to the glossary
// (messages/glossary.ts): no variant it marks as wrong, one name per concept
// and locale, French typography, one form of address and isolated code in
// Arabic. Each failure names the text (message key or seed path) to fix.
import { describe, expect, it } from "vitest";
import {
  arabicSingularAddress,
  frenchTypography,
  glossaryLocales,
  regionAvoid,
  regionNames,
  styleRules,
  terms,
  type GlossaryLocale,
} from "@/messages/glossary";
import { regions } from "@/prisma/seed/data/regions";
import { organizations } from "@/prisma/seed/data/organizations";
import { series } from "@/prisma/seed/data/series";
import {
  literalVariants,
  messageTexts,
  placeholderNames,
  pluralOptions,
  PLACEHOLDER,
  seedTexts,
  type PortalText,
} from "../support/portal-texts";

const messages = messageTexts();
const seed = seedTexts();
const all = [...messages, ...seed];
const where = (text: PortalText) => `${text.locale} ${text.group}`;
const variantsOf = (text: PortalText) => (text.origin === "messages" ? literalVariants(text.text) : [text.text]);
/**
 * A name as compared: letter for letter, except its first letter's case (a
 * label or a sentence starts with a capital), and in Arabic without the
 * article (اجتماع and الاجتماع are one name).
 */
const lower = (text: string, locale: string) => {
  const name = text.trim();
  const folded = name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
  return locale === "ar" ? folded.replace(/^ال/, "") : folded;
};
/** Whether `text` contains `form`, letter for letter but for the case of the form's first letter. */
const containsForm = (text: string, form: string, locale: string) =>
  text.includes(form) ||
  text.includes(form.charAt(0).toLocaleLowerCase(locale) + form.slice(1)) ||
  text.includes(form.charAt(0).toLocaleUpperCase(locale) + form.slice(1));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Every English label of every term, longest first: a longer term ("Vice-Chair's office") hides the shorter one it contains. */
const allLabels = terms.flatMap((term) => term.en).sort((a, b) => b.length - a.length);
/** Whether the English text names `label` as a term of its own (in any case, as whole words, not inside a longer term). */
function namesTerm(english: string, label: string): boolean {
  let text = english;
  for (const longer of allLabels)
    if (longer.length > label.length && longer.toLowerCase().includes(label.toLowerCase()))
      text = text.replace(new RegExp(escapeRegExp(longer), "gi"), " ");
  return new RegExp(`(^|[^\\p{L}])${escapeRegExp(label)}($|[^\\p{L}])`, "iu").test(text);
}
const isGlossaryLocale = (locale: string): locale is GlossaryLocale =>
  (glossaryLocales as readonly string[]).includes(locale);

/** Texts of a locale whose English counterpart (same key, or same seed value) is exactly `label`. */
function translationsOf(label: string) {
  const english = new Map(all.filter((t) => t.locale === "en").map((t) => [`${t.origin}:${t.group}`, t.text.trim()]));
  return all.filter((t) => t.locale !== "en" && english.get(`${t.origin}:${t.group}`) === label);
}

describe("glossary", () => {
  it("gives a source for every choice and names every WCO region", () => {
    for (const term of terms) {
      for (const locale of glossaryLocales) {
        const form = term.locales[locale];
        expect(form.source.trim(), `${term.id} ${locale}`).not.toBe("");
        for (const right of [form.use, ...(form.forms ?? [])]) {
          for (const wrong of form.avoid ?? [])
            expect(right, `${term.id} ${locale}: its own form is marked wrong`).not.toMatch(wrong);
        }
      }
    }
    expect(Object.keys(regionNames).sort()).toEqual(regions.map((r) => r.code).sort());
  });

  it("finds no variant the glossary marks as wrong, in the interface or the demo content", () => {
    const problems: string[] = [];
    for (const text of all) {
      if (!isGlossaryLocale(text.locale)) continue;
      const locale = text.locale;
      const rules = [
        ...terms.flatMap((term) => {
          const form = term.locales[locale];
          if (form.avoidInMessagesOnly && text.origin !== "messages") return [];
          return (form.avoid ?? []).map((avoid) => ({ avoid, why: `${term.id}: use «${form.use}»` }));
        }),
        ...(regionAvoid[locale] ?? []).map(({ avoid, source }) => ({ avoid, why: `region name: ${source}` })),
        ...(styleRules[locale] ?? []).filter((rule) => !rule.messagesOnly || text.origin === "messages"),
      ];
      for (const variant of variantsOf(text)) {
        for (const { avoid, why } of rules) {
          const match = variant.match(avoid);
          if (match) problems.push(`${where(text)}: «${match[0]}» (${why})`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it("uses the glossary's form wherever the English names the term, inside sentences too", () => {
    const problems: string[] = [];
    const byKey = new Map(all.map((t) => [`${t.origin}:${t.locale}:${t.group}`, t]));
    let compared = 0;
    for (const term of terms) {
      if (term.labelsOnly) continue;
      for (const english of all.filter((t) => t.locale === "en")) {
        if (!term.en.some((label) => namesTerm(english.text, label))) continue;
        for (const locale of glossaryLocales) {
          const text = byKey.get(`${english.origin}:${locale}:${english.group}`);
          // A demo text not written in this language falls back to English, with a notice.
          if (!text || text.text === english.text) continue;
          const form = term.locales[locale];
          const right = [form.use, ...(form.forms ?? []), ...(form.cases ?? [])];
          compared += 1;
          if (!right.some((r) => containsForm(text.text, r, locale)))
            problems.push(`${where(text)} «${text.text.slice(0, 160)}» does not name ${term.id} «${form.use}»`);
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect([...new Set(problems)]).toEqual([]);
  });

  it("catches a wrong form inside a sentence, an unlisted variant and a change of case", () => {
    expect(namesTerm("Reports of the Regional Training Centres.", "Regional Training Centres")).toBe(true);
    expect(namesTerm("The Vice-Chair's office of the region.", "Vice-Chair")).toBe(false);
    expect(namesTerm("Headquarters", "Head")).toBe(false);
    const rtc = terms.find((t) => t.id === "rtc")!;
    const rocb = terms.find((t) => t.id === "rocb")!;
    const names = (text: string, term: typeof rtc, locale: GlossaryLocale) =>
      [term.locales[locale].use, ...(term.locales[locale].forms ?? []), ...(term.locales[locale].cases ?? [])].some(
        (form) => containsForm(text, form, locale),
      );
    expect(names("El Centro Regional de Entrenamiento de Panamá", rtc, "es")).toBe(false);
    expect(names("Региональный центр обучения в Баку", rtc, "ru")).toBe(false);
    expect(names("المكتب الإقليمي لتعزيز القدرات", rocb, "ar")).toBe(false);
    expect(names("le centre Régional De Formation", rtc, "fr")).toBe(false);
    expect(names("les centres régionaux de formation de l’OMD", rtc, "fr")).toBe(true);
    expect(names("с региональными учебными центрами", rtc, "ru")).toBe(true);
  });

  it("has a published source for every term the interface uses", () => {
    const english = messages.filter((t) => t.locale === "en");
    for (const term of terms) {
      const used = english.some((t) => term.en.some((label) => namesTerm(t.text, label))) || !!term.keys?.length;
      for (const locale of glossaryLocales) {
        const form = term.locales[locale];
        expect(form.source, `${term.id} ${locale}`).not.toMatch(/unverified/i);
        if (used)
          expect(form.unverified, `${term.id} ${locale} is in the interface without a verified source`).toBe(undefined);
      }
    }
    // The demo content keeps two unverified names, marked as such.
    expect(terms.filter((t) => glossaryLocales.some((l) => t.locales[l].unverified)).map((t) => t.id)).toEqual([
      "capacity-building-committee",
      "integrity-sub-committee",
    ]);
  });

  it("names the regions in the interface's short form the glossary gives", () => {
    for (const locale of ["en", ...glossaryLocales] as const)
      for (const [code, names] of Object.entries(regionNames)) {
        const text = messages.find((t) => t.locale === locale && t.group === `Regions.short.${code}`);
        expect(text?.text, `${locale} Regions.short.${code}`).toBe(names.short[locale]);
      }
  });

  it("gives each plural the categories its language needs (ru one/few/many/other, ar zero to other)", () => {
    const problems: string[] = [];
    let plurals = 0;
    for (const text of messages) {
      const needed =
        text.locale === "ru" || text.locale === "ar"
          ? new Intl.PluralRules(text.locale).resolvedOptions().pluralCategories
          : (["one", "other"] as Intl.LDMLPluralRule[]);
      for (const options of pluralOptions(text.text)) {
        plurals += 1;
        // In Arabic, =0 is exactly the category zero (n = 0).
        const have = new Set(options.map((o) => (text.locale === "ar" && o === "=0" ? "zero" : o)));
        const missing = needed.filter((category) => !have.has(category));
        if (missing.length) problems.push(`${where(text)}: no ${missing.join(", ")}`);
      }
    }
    expect(new Intl.PluralRules("ar").resolvedOptions().pluralCategories).toHaveLength(6);
    expect(new Intl.PluralRules("ru").resolvedOptions().pluralCategories.sort()).toEqual([
      "few",
      "many",
      "one",
      "other",
    ]);
    expect(plurals).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it("names each concept one way per locale, the glossary's way", () => {
    const problems: string[] = [];
    for (const term of terms) {
      for (const label of term.en) {
        for (const locale of glossaryLocales) {
          const found = translationsOf(label).filter((t) => t.locale === locale);
          const right = new Set(
            [term.locales[locale].use, ...(term.locales[locale].forms ?? [])].map((f) => lower(f, locale)),
          );
          // One entry per name as compared, with the text as written and where it is.
          const names = new Map<string, { text: string; groups: string[] }>();
          for (const text of found) {
            const name = lower(text.text, locale);
            names.set(name, {
              text: names.get(name)?.text ?? text.text,
              groups: [...(names.get(name)?.groups ?? []), text.group],
            });
          }
          if (names.size > 1)
            problems.push(
              `${locale} «${label}» is named ${names.size} ways: ${[...names.values()].map(({ text, groups }) => `«${text}» (${groups.join(", ")})`).join(" vs ")}`,
            );
          for (const [name, { text, groups }] of names) {
            if (!right.has(name))
              problems.push(
                `${locale} «${label}» is «${text}» in ${groups.join(", ")}; the glossary says «${term.locales[locale].use}»`,
              );
          }
        }
      }
      for (const key of term.keys ?? []) {
        for (const locale of glossaryLocales) {
          const text = messages.find((t) => t.locale === locale && t.group === key);
          const right = [
            term.locales[locale].use,
            ...(term.locales[locale].forms ?? []),
            ...(term.locales[locale].cases ?? []),
          ];
          if (!text) problems.push(`${locale} ${key} is missing`);
          else if (!right.some((form) => containsForm(text.text, form, locale)))
            problems.push(`${locale} ${key} «${text.text}» does not use «${term.locales[locale].use}» (${term.id})`);
        }
      }
    }
    for (const region of regions) {
      for (const locale of glossaryLocales) {
        if (region.t[locale]?.name !== regionNames[region.code][locale]) {
          problems.push(
            `${locale} region ${region.code} is «${region.t[locale]?.name}»; the glossary says «${regionNames[region.code][locale]}»`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("names every member administration and meeting series of the demo content in all five languages", () => {
    for (const record of [...organizations, ...series]) {
      expect(Object.keys(record.t).sort(), record.slug).toEqual(["ar", "en", "es", "fr", "ru"]);
    }
  });

  it("keeps the placeholders of every message as in English", () => {
    const english = new Map(messages.filter((t) => t.locale === "en").map((t) => [t.group, placeholderNames(t.text)]));
    for (const text of messages) expect(placeholderNames(text.text), where(text)).toEqual(english.get(text.group));
  });
});

describe("French typography", () => {
  const { space, apostrophe } = frenchTypography;
  const french = all.filter((t) => t.locale === "fr");

  function problemsOf(variant: string): string[] {
    const found: string[] = [];
    const chars = [...variant];
    chars.forEach((char, i) => {
      const before = chars[i - 1];
      const after = chars[i + 1];
      const context = chars.slice(Math.max(0, i - 12), i + 12).join("");
      if (char === "'") found.push(`ASCII apostrophe, use ${apostrophe}: «${context}»`);
      if (char === "\u202f") found.push(`narrow no-break space, use U+00A0: «${context}»`);
      if ((char === ";" || char === "?" || char === "!" || char === "»") && before !== space) {
        if (!(char === "!" && after === "[")) found.push(`no U+00A0 before «${char}»: «${context}»`);
      }
      if (char === "«" && after !== space) found.push(`no U+00A0 after «: «${context}»`);
      if (char === ":" && before !== space) {
        // https://, 09:00 and 1:2 are not punctuation.
        const inToken =
          before !== undefined && before !== " " && (after === "/" || /\d/.test(after ?? "") || /\d/.test(before));
        if (!inToken) found.push(`no U+00A0 before «:»: «${context}»`);
      }
    });
    return found;
  }

  it(`puts a U+00A0 no-break space before ; : ? ! » and after «, and writes the apostrophe ${apostrophe}`, () => {
    const problems = french.flatMap((text) =>
      variantsOf(text).flatMap((variant) => problemsOf(variant).map((p) => `${where(text)}: ${p}`)),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it("catches what it should, and leaves placeholders and URLs alone", () => {
    expect(problemsOf("Mot de passe oublié ?")).toHaveLength(1);
    expect(problemsOf("Cliquez : ici")).toHaveLength(1);
    expect(problemsOf("«\u00a0x\u00a0» l'OMD")).toHaveLength(1);
    for (const fine of [
      "Mot de passe oublié\u00a0?",
      "https://example.org et 09:00",
      `«\u00a0${PLACEHOLDER}\u00a0»`,
      "Markdown\u00a0: **gras**",
    ]) {
      expect(problemsOf(fine), fine).toEqual([]);
    }
    expect(literalVariants("{count, plural, one {# résultat} other {# résultats}} pour «\u00a0{query}\u00a0»")).toEqual(
      [
        `${PLACEHOLDER} résultat pour «\u00a0${PLACEHOLDER}\u00a0»`,
        `${PLACEHOLDER} résultats pour «\u00a0${PLACEHOLDER}\u00a0»`,
      ],
    );
  });
});

describe("Arabic", () => {
  const arabic = all.filter((t) => t.locale === "ar");
  const diacritics = /[\u064b-\u0652\u0670\u0640]/g;
  const notPronoun = new Set<string>(arabicSingularAddress.notPronoun);
  const singular = new Set<string>(arabicSingularAddress.words);

  /** Singular forms of address; `pronouns` also flags a final ك ("your"), which place names (بانكوك) make too noisy for the demo content. */
  function singularAddress(variant: string, pronouns = true): string[] {
    return (variant.match(/[\u0621-\u0652\u0670\u0640]+/g) ?? []).filter((word) => {
      // A damma on the first letter marks a passive (أُنشئ, تُنشر): no one is addressed.
      if (word[1] === "\u064f") return false;
      const bare = word.replace(diacritics, "");
      return singular.has(bare) || (pronouns && bare.endsWith("ك") && !notPronoun.has(bare));
    });
  }

  /** Code, addresses and Latin tokens with punctuation (rtc-bishkek, https://…, +996, .ics) outside a U+2066…U+2069 isolate. */
  function unisolatedCode(variant: string): string[] {
    const outside = variant.replace(/\u2066[^\u2069]*\u2069/g, " ");
    const tokens = outside.match(/[^\s\u0600-\u06ff«»()]+/g) ?? [];
    // Decimal numbers (42.8746) are fine: only tokens with a Latin letter, or a leading sign (+996, .ics), are code.
    const code = tokens
      .filter((token) =>
        /[A-Za-z][_/:*[\]#+.\-]+[A-Za-z0-9]|[A-Za-z0-9][_/:*[\]#+.\-]+[A-Za-z]|^[_/:*[\]#+.\-]+[A-Za-z0-9]/.test(token),
      )
      .map((token) => token.replace(/[.,:;]+$/, ""));
    return [...code, ...(/[\u200e\u200f]/.test(variant) ? ["LRM/RLM mark"] : [])];
  }

  it("addresses the reader in the polite plural only", () => {
    const problems = arabic.flatMap((text) =>
      variantsOf(text).flatMap((variant) =>
        singularAddress(variant, text.origin === "messages").map((word) => `${where(text)}: «${word}»`),
      ),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it("isolates code and Latin addresses in the interface text (U+2066 … U+2069), with no LRM/RLM marks", () => {
    const problems = arabic
      .filter((text) => text.origin === "messages")
      .flatMap((text) =>
        literalVariants(text.text).flatMap((variant) =>
          unisolatedCode(variant).map((code) => `${where(text)}: «${code.trim()}»`),
        ),
      );
    expect([...new Set(problems)]).toEqual([]);
  });

  it("catches what it should", () => {
    expect(singularAddress("اختر بلداً ضمن نطاقك")).toEqual(["اختر", "نطاقك"]);
    expect(singularAddress("الصفحة التي طلبتها غير موجودة")).toEqual(["طلبتها"]);
    expect(singularAddress("الصفحة التي طلبتموها غير موجودة")).toEqual([]);
    expect(singularAddress("أُنشئ الحساب. اختاروا بلدًا ضمن نطاقكم في منظمة الجمارك")).toEqual([]);
    expect(unisolatedCode("مثل rtc-bishkek.")).toEqual(["rtc-bishkek"]);
    expect(unisolatedCode("مثل \u2066rtc-bishkek\u2069.")).toEqual([]);
    expect(unisolatedCode("ملف PDF أو Word، مثل 42.8746")).toEqual([]);
    expect(unisolatedCode("مثل +996 312")).toEqual(["+996"]);
  });
});
