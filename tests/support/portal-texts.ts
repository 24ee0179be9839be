// Every text of the portal a reader sees, per locale: the interface messages
// (messages/<locale>.json) and the demo content (prisma/seed/data), for the
// glossary test. ICU messages are split into their literal text so that
// checks never look at {placeholders} or plural syntax.
import { readFileSync } from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { locales, type AppLocale } from "@/i18n/routing";
import { cityNames } from "@/prisma/seed/data/city-names";
import { meetings } from "@/prisma/seed/data/meetings";
import { news } from "@/prisma/seed/data/news";
import { organizations } from "@/prisma/seed/data/organizations";
import { europePlan } from "@/prisma/seed/data/plan-europe-2021";
import { regions } from "@/prisma/seed/data/regions";
import { series } from "@/prisma/seed/data/series";
import { headTitles, mandates } from "@/prisma/seed/data/structure-texts";
import { structures } from "@/prisma/seed/data/structures";
import { topics } from "@/prisma/seed/data/topics";

export type PortalText = {
  origin: "messages" | "seed";
  locale: AppLocale;
  /** The message key, or the path of the seed value with its locale written as "*" (seed: organizations[0].t.*). */
  group: string;
  text: string;
};

/** Stands for a placeholder ({name}, #) in the literal text of a message. */
export const PLACEHOLDER = "\ufffc";

const isLocale = (value: string): value is AppLocale => (locales as readonly string[]).includes(value);

function flatten(object: Record<string, unknown>, prefix = ""): [string, string][] {
  return Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === "object"
      ? flatten(value as Record<string, unknown>, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

export function messageTexts(): PortalText[] {
  return locales.flatMap((locale) =>
    flatten(JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"))).map(([group, text]) => ({
      origin: "messages" as const,
      locale,
      group,
      text,
    })),
  );
}

export function seedTexts(): PortalText[] {
  const found: PortalText[] = [];
  const walk = (value: unknown, path: string, locale: AppLocale | null) => {
    if (typeof value === "string") {
      if (locale) found.push({ origin: "seed", locale, group: path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`, locale));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (isLocale(key)) walk(item, `${path}.*`, key);
        else walk(item, `${path}.${key}`, locale);
      }
    }
  };
  walk(
    { organizations, series, regions, topics, structures, meetings, news, headTitles, mandates, cityNames, europePlan },
    "seed",
    null,
  );
  return found;
}

/**
 * The literal text of an ICU message, once per choice of its plural and select
 * options, with every placeholder replaced by PLACEHOLDER. Throws when the
 * message is not valid ICU.
 */
export function literalVariants(message: string): string[] {
  const variants = (elements: MessageFormatElement[]): string[] => {
    let texts = [""];
    for (const element of elements) {
      if (element.type === TYPE.literal) {
        texts = texts.map((text) => text + element.value);
      } else if (element.type === TYPE.plural || element.type === TYPE.select) {
        const options = Object.values(element.options).flatMap((option) => variants(option.value));
        texts = texts.flatMap((text) => options.map((option) => text + option));
      } else if (element.type === TYPE.tag) {
        const inner = variants(element.children);
        texts = texts.flatMap((text) => inner.map((child) => text + child));
      } else {
        texts = texts.map((text) => text + PLACEHOLDER);
      }
    }
    return texts;
  };
  return variants(parse(message));
}

/** The option keys of every cardinal plural of an ICU message (["one", "few", "many", "other"] per plural). */
export function pluralOptions(message: string): string[][] {
  const found: string[][] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.plural && element.pluralType !== "ordinal") found.push(Object.keys(element.options));
      if (element.type === TYPE.plural || element.type === TYPE.select)
        Object.values(element.options).forEach((option) => walk(option.value));
      else if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return found;
}

/** Names of the arguments and tags of an ICU message ({count}, <time>), sorted. */
export function placeholderNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        names.add(element.value);
        Object.values(element.options).forEach((option) => walk(option.value));
      } else if (element.type === TYPE.tag) {
        names.add(`<${element.value}>`);
        walk(element.children);
      } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) {
        names.add(element.value);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}
