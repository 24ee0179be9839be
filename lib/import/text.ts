// Small text helpers of the extractor: sentences, digits, the item's language.
import type { ImportLocale } from "./types";

/** Arabic-Indic and Eastern Arabic-Indic digits to ASCII; dashes and spaces made plain. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[\u200e\u200f\u061c]/g, "");
}

/** Splits a text into sentences (paragraphs first, then sentence ends). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\n(?=\s*[-*•]\s)/)) {
    const flat = paragraph.replace(/\s+/g, " ").trim();
    if (!flat) continue;
    // A sentence ends at . ! ? or the Arabic full stop, before a capital, a digit, a quote or Arabic.
    const parts = flat.split(/(?<=[.!?\u06d4])\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ«"“0-9\u0600-\u06ff])/u);
    for (const part of parts) if (part.trim()) out.push(part.trim());
  }
  // "Mr." / "Dr." / "г-н." are not ends of sentences.
  const merged: string[] = [];
  for (const s of out) {
    const previous = merged[merged.length - 1];
    if (previous && /(?<![\p{L}])(Mr|Ms|Mrs|Dr|Prof|M|Mme|Sr|Sra|St|No|nos?|vs|г|гг)\.$/u.test(previous)) {
      merged[merged.length - 1] = `${previous} ${s}`;
    } else merged.push(s);
  }
  return merged;
}

/** The language of a text, when the reader did not say. */
export function detectLanguage(text: string): ImportLocale {
  const sample = text.slice(0, 4000);
  const arabic = (sample.match(/[\u0600-\u06ff]/g) ?? []).length;
  const cyrillic = (sample.match(/[а-яё]/gi) ?? []).length;
  const latin = (sample.match(/[a-z]/gi) ?? []).length;
  if (arabic > latin && arabic >= cyrillic) return "ar";
  if (cyrillic > latin) return "ru";
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const fr = count(/\b(le|la|les|des|du|au|et|une|réunion|été|avec)\b/gi);
  const es = count(/\b(el|los|las|del|al|y|una|reunión|fue|con)\b/gi);
  const en = count(/\b(the|of|and|was|were|with|meeting|by)\b/gi);
  if (fr > en && fr >= es) return "fr";
  if (es > en && es > fr) return "es";
  return "en";
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lower case without accents, for matching names written with or without them. */
export function fold(text: string): string {
  return text
    .replace(/[أإآ]/g, "ا")
    .normalize("NFD")
    .replace(/[\u0300-\u036f\u064b-\u065f]/g, "")
    .replace(/ё/g, "е")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}
