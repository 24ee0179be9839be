import { z } from "zod";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The words of a public search: one line of at most 200 characters, in
 * Unicode normal form (NFKC), spaces collapsed. Anything else (control
 * characters, a missing value) is an empty search, never an error page.
 */
export const searchQuerySchema = z
  .preprocess(
    first,
    z
      .string()
      // Invisible format characters (bidi marks, BOM) go; joiners stay, Arabic and Indic text needs them.
      .transform((value) => value.normalize("NFKC").replace(/(?![\u200c\u200d])\p{Cf}/gu, "").replace(/\s+/g, " ").trim().slice(0, 200))
      .refine((value) => !/\p{Cc}/u.test(value)),
  )
  .catch("");
