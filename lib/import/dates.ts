// Meeting dates in the five languages. chrono-node reads the single dates and
// the ranges it knows (English, French, Russian, Spanish, Arabic); the
// patterns below read the ranges it does not ("del 2 al 4 de febrero",
// "с 12 по 15 октября 2021 года", Arabic month names with Arabic-Indic digits).
import * as chrono from "chrono-node";
import { normalizeText } from "./text";
import type { ImportLocale } from "./types";

const MONTHS: Record<string, number> = {};
function months(names: string[]) {
  names.forEach((name, i) => {
    for (const n of name.split("|")) MONTHS[n] = i + 1;
  });
}
months([
  "january|jan",
  "february|feb",
  "march|mar",
  "april|apr",
  "may",
  "june|jun",
  "july|jul",
  "august|aug",
  "september|sept|sep",
  "october|oct",
  "november|nov",
  "december|dec",
]);
months([
  "janvier",
  "février|fevrier",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août|aout",
  "septembre",
  "octobre",
  "novembre",
  "décembre|decembre",
]);
months([
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre|setiembre",
  "octubre",
  "noviembre",
  "diciembre",
]);
months([
  "январь|января",
  "февраль|февраля",
  "март|марта",
  "апрель|апреля",
  "май|мая",
  "июнь|июня",
  "июль|июля",
  "август|августа",
  "сентябрь|сентября",
  "октябрь|октября",
  "ноябрь|ноября",
  "декабрь|декабря",
]);
// Arabic: the Levantine/Iraqi names and the Egyptian/Maghreb ones.
months([
  "كانون الثاني|يناير|جانفي",
  "شباط|فبراير|فيفري",
  "آذار|مارس",
  "نيسان|أبريل|ابريل|إبريل|أفريل",
  "أيار|مايو|ماي",
  "حزيران|يونيو|جوان",
  "تموز|يوليو|يوليوز|جويلية",
  "آب|أغسطس|اغسطس|غشت|أوت",
  "أيلول|سبتمبر|شتنبر",
  "تشرين الأول|أكتوبر|اكتوبر",
  "تشرين الثاني|نوفمبر|نونبر",
  "كانون الأول|ديسمبر|دجنبر",
]);

const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/\./g, "\\."))
  .join("|");
const DASH = "\\s*(?:-|–|—|‒|/|to|au|à|al|a|по|до|إلى|الى|و|and|et|y el|y|и)\\s*";
const YEAR = "((?:19|20)\\d\\d)";
const D = "(\\d{1,2})(?:st|nd|rd|th|er|e|-?го|-?е)?";
const OF = "(?:\\s+de)?"; // Spanish "4 de febrero de 2020"

type Pattern = { re: RegExp; pick: (m: RegExpMatchArray) => [number, number, number, number, number, number | null] };
// Each pick: start day, start month, end day, end month, year (null: the item's year).
const PATTERNS: Pattern[] = [
  // 12 October – 15 October 2021, du 28 février au 2 mars 2022, с 30 сентября по 2 октября 2021
  {
    re: new RegExp(
      `(?:from|du|del|entre el|с|من)?\\s*${D}${OF}\\s+(${MONTH})${DASH}${D}${OF}\\s+(${MONTH})(?:${OF}\\s*,?\\s*${YEAR})?`,
      "iu",
    ),
    pick: (m) => [+m[1], MONTHS[m[2].toLowerCase()], +m[3], MONTHS[m[4].toLowerCase()], 0, m[5] ? +m[5] : null],
  },
  // 12-15 October 2021, du 12 au 15 octobre 2021, с 12 по 15 октября 2021 года, del 2 al 4 de febrero
  {
    re: new RegExp(
      `(?:from|du|del|entre el|с|من)?\\s*${D}${DASH}${D}${OF}\\s+(${MONTH})(?:${OF}\\s*,?\\s*${YEAR})?`,
      "iu",
    ),
    pick: (m) => {
      const month = MONTHS[m[3].toLowerCase()];
      return [+m[1], month, +m[2], month, 0, m[4] ? +m[4] : null];
    },
  },
  // October 12-15, 2021 / October 12 – November 2, 2021
  {
    re: new RegExp(`(${MONTH})\\s+${D}${DASH}(?:(${MONTH})\\s+)?${D}\\s*,?\\s*${YEAR}?`, "iu"),
    pick: (m) => {
      const month = MONTHS[m[1].toLowerCase()];
      return [+m[2], month, +m[4], m[3] ? MONTHS[m[3].toLowerCase()] : month, 0, m[5] ? +m[5] : null];
    },
  },
  // Numbers: 12.10.2021–15.10.2021, 12-15.10.2021, 12.10.2021 (day first, as written in these languages)
  {
    re: /(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\s*(?:-|–|—|по|au|al)\s*(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)/u,
    pick: (m) => [+m[1], +m[2], +m[4], +m[5], 0, +m[6]],
  },
  {
    re: /(\d{1,2})\s*(?:-|–|—)\s*(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)/u,
    pick: (m) => [+m[1], +m[3], +m[2], +m[3], 0, +m[4]],
  },
  {
    re: /(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)/u,
    pick: (m) => [+m[1], +m[2], +m[1], +m[2], 0, +m[3]],
  },
  // A single day: 12 October 2021, 3 de marzo de 2020, 12 октября 2021 г.
  {
    re: new RegExp(`${D}${OF}\\s+(${MONTH})(?:${OF}\\s*,?\\s*${YEAR})?`, "iu"),
    pick: (m) => {
      const month = MONTHS[m[2].toLowerCase()];
      return [+m[1], month, +m[1], month, 0, m[3] ? +m[3] : null];
    },
  },
  // October 12, 2021
  {
    re: new RegExp(`(${MONTH})\\s+${D}\\s*,\\s*${YEAR}`, "iu"),
    pick: (m) => {
      const month = MONTHS[m[1].toLowerCase()];
      return [+m[2], month, +m[2], month, 0, +m[3]];
    },
  },
];

export type DateRange = { start: string; end: string; index: number; text: string };

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

// Words before a number that make it something other than a day ("11th Meeting", "No. 12").
const WORD_BOUNDARY = /[\p{L}\p{N}]/u;

/** The first date or date range in a sentence, or null. */
// Weekday names inside a range ("du lundi 6 au vendredi 10 février"): blanked to
// spaces of the same length, so that positions in the sentence stay right.
const WEEKDAY =
  /(?<![\p{L}])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|понедельник|вторник|сред[ауы]|четверг|пятниц[ауы]|суббот[ауы]|воскресенье|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)(?![\p{L}]),?/giu;

export function findDateRange(sentence: string, language: ImportLocale, fallbackYear: number | null): DateRange | null {
  const text = normalizeText(sentence).replace(WEEKDAY, (w) => " ".repeat(w.length));
  let best: DateRange | null = null;
  for (const pattern of PATTERNS) {
    const re = new RegExp(pattern.re.source, "giu");
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      const lead = m[0].length - m[0].trimStart().length;
      const before = text[index + lead - 1];
      if (before && WORD_BOUNDARY.test(before)) continue;
      const after = text[index + m[0].length];
      if (after && /\p{L}/u.test(after) && !/\s/.test(m[0].slice(-1))) {
        // "12 mars" must not be read from "12 marshals"
        if (/\p{L}$/u.test(m[0])) continue;
      }
      const [sd, sm, ed, em, , year] = pattern.pick(m);
      const y = year ?? fallbackYear;
      if (!y || !sm || !em) continue;
      const startYear = em < sm ? y - 1 : y;
      const start = iso(startYear, sm, sd);
      const end = iso(y, em, ed);
      if (!start || !end || end < start) continue;
      best = { start, end, index: index + lead, text: m[0].trim() };
      break;
    }
    if (best) break;
  }
  if (best) return best;
  return chronoRange(text, language, fallbackYear);
}

function chronoRange(text: string, language: ImportLocale, fallbackYear: number | null): DateRange | null {
  const parser = { en: chrono.en, fr: chrono.fr, es: chrono.es, ru: chrono.ru, ar: chrono.en }[language] ?? chrono.en;
  const reference = fallbackYear ? new Date(Date.UTC(fallbackYear, 6, 1)) : new Date();
  for (const result of parser.parse(text, reference)) {
    // Only dates that name a day and a month: not a lone year or a weekday.
    if (!result.start.isCertain("day") || !result.start.isCertain("month")) continue;
    if (!result.start.isCertain("year") && !fallbackYear) continue;
    const start = dateOf(result.start);
    const end = result.end ? dateOf(result.end) : start;
    if (end < start) continue;
    return { start, end, index: result.index, text: result.text };
  }
  return null;
}

function dateOf(component: chrono.ParsedComponents): string {
  const y = component.get("year") ?? 0;
  const m = component.get("month") ?? 1;
  const d = component.get("day") ?? 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
