// The rules every text input obeys on the server, written once. Every schema
// builds its strings from these (forms, filters, the CSV import, search).
//
// - Control characters (C0 but tab and line breaks, DEL, C1) are refused
//   everywhere: PostgreSQL rejects NUL outright, the others are invisible
//   junk from copy-paste. Forms get a field error ("controlCharacters").
// - Single-line fields (titles, names, cities…) also refuse line breaks
//   ("lineBreak"): a title rendered on one line must be typed on one.
// - Single-line fields lose bidirectional embedding, override and isolate
//   controls (U+202A–U+202E, U+2066–U+2069). They are invisible, so refusing
//   them would leave people hunting for a character they cannot see (they
//   arrive with text pasted from word processors); removing them changes
//   nothing visible, and pages isolate names and titles themselves (<bdi>,
//   dir="auto"), so "‮evil" can no longer flip what follows it. The marks
//   U+200E/U+200F (LRM/RLM), which Arabic text legitimately uses, stay.
//   Multi-line text (bodies, descriptions) keeps them: authors of long
//   right-to-left text use isolates on purpose, and Markdown rendering keeps
//   their effect inside one paragraph.
// - Query parameters (search, list filters) follow the same rules but never
//   answer with an error: a bad value is ignored like any other (see
//   queryText), so the page shows no results instead of failing.
import { z } from "zod";

/** C0 controls except tab, LF and CR; DEL; C1 controls. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Line and paragraph breaks. */
export const LINE_BREAKS = /[\n\r\u0085\u2028\u2029]/;
/** Bidirectional embeddings, overrides and isolates. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const stripBidiControls = (value: string) => value.replace(BIDI_CONTROLS, "");
export const hasControlCharacters = (value: string) => CONTROL_CHARACTERS.test(value);
export const hasLineBreaks = (value: string) => LINE_BREAKS.test(value);

/** Message keys (Validation namespace) of the two refusals. */
export const textRuleMessages = { controlCharacters: "controlCharacters", lineBreak: "lineBreak" } as const;

/** What a single line keeps: no bidi controls, tabs as spaces. */
export const cleanLine = (value: string) => stripBidiControls(value).replace(/\t/g, " ");

/**
 * A single-line string: bidi controls removed, tabs made spaces, trimmed,
 * control characters and line breaks refused. Chain `.min()`, `.max()`… as
 * with z.string().
 */
export const lineString = (params?: Parameters<typeof z.string>[0]) =>
  z
    .string(params)
    .overwrite(cleanLine)
    .trim()
    .refine((value) => !hasControlCharacters(value), { message: textRuleMessages.controlCharacters, abort: true })
    .refine((value) => !hasLineBreaks(value), { message: textRuleMessages.lineBreak, abort: true });

/** Multi-line text (tab and line breaks allowed): trimmed, control characters refused. */
export const multilineString = (params?: Parameters<typeof z.string>[0]) =>
  z
    .string(params)
    .trim()
    .refine((value) => !hasControlCharacters(value), { message: textRuleMessages.controlCharacters, abort: true });

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * A free-text query parameter (?q=): a single line of at most `max`
 * characters, or undefined when missing, blank or breaking a rule (ignored,
 * never an error page).
 */
export const queryText = (max: number) =>
  z
    .preprocess(first, lineString().max(max).optional())
    .transform((value) => value || undefined)
    .catch(undefined)
    .optional();
