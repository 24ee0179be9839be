// Setting a password through an e-mailed link, and asking for such a link.
import { z } from "zod";
import { locales } from "@/i18n/routing";

export const PASSWORD_MIN_LENGTH = 12;

const localeField = z.enum(locales).catch("en");

export const setPasswordSchema = z
  .object({
    token: z.string().trim().min(1).max(200),
    password: z.string().min(PASSWORD_MIN_LENGTH, { message: "passwordWeak" }).max(200),
    passwordConfirm: z.string().max(200),
    locale: localeField,
  })
  .refine((data) => data.password === data.passwordConfirm, {
    message: "passwordMismatch",
    path: ["passwordConfirm"],
    when: (payload) => typeof (payload.value as { password?: unknown }).password === "string",
  });

export const forgotPasswordSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  locale: localeField,
});
