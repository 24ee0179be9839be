import "server-only";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { can, ForbiddenError, type Action, type Actor, type Scope } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { invalidatePublic } from "@/lib/cache/invalidate";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import { formDataToObject, type FieldErrors, type FormState } from "./form-state";
import { isDatabaseUnavailable } from "@/lib/errors/database";

type Translate = Awaited<ReturnType<typeof getTranslations<"Validation">>>;

const secretFields = new Set(["password", "passwordConfirm", "currentPassword", "token"]);

/** A zod issue in the user's language, from its code (or a custom key). */
function messageFor(issue: z.core.$ZodIssue, t: Translate): string {
  const key = issue.message as Parameters<Translate>[0];
  if (t.has(key)) return t(key);
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return t("required");
      if (issue.origin === "array" || issue.origin === "set") return t("required");
      return issue.origin === "string"
        ? t("tooShort", { min: Number(issue.minimum) })
        : t("tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? t("tooLong", { max: Number(issue.maximum) })
        : t("tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("invalidEmail");
      if (issue.format === "url") return t("invalidUrl");
      return t("invalid");
    case "invalid_type":
      return issue.input === undefined || issue.input === "" ? t("required") : t("invalid");
    default:
      return t("invalid");
  }
}

export function collectFieldErrors(error: z.ZodError, t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (out[field] ??= []).push(messageFor(issue, t));
  }
  return out;
}

function echo(raw: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(raw).filter(([k, v]) => !secretFields.has(k) && !(v instanceof File)));
}

/**
 * What an action needs, in the terms of lib/auth/permissions.ts: the action
 * and the scope of the record it touches (as it is now). `scope: null` means
 * the record does not exist: the data function then says so ("no longer
 * exists"). Without `scope`, the action is checked on the role alone (create
 * forms without a region, administration).
 */
export type Permission = { action: Action; scope?: Scope | null };

/**
 * The one wrapper of every server action: parse with zod → read the session →
 * check the permissions (`authorize` names them; this wrapper decides, with
 * can(), the same way for every action) → call the data function (which
 * checks again, inside its queries) → refresh public pages → for a create,
 * open the new record (a redirect on the server, so it works before
 * hydration and without JavaScript). Expected failures come back as a form
 * result; the user's input is echoed (secrets never); nothing is saved
 * unless every step passes.
 */
export async function runAction<Schema extends z.ZodType, Result>(
  input: FormData | Record<string, unknown>,
  options: {
    schema: Schema;
    authorize: (
      actor: SessionUser,
      data: z.output<Schema>,
    ) => Permission | Permission[] | Promise<Permission | Permission[]>;
    run: (actor: SessionUser, data: z.output<Schema>) => Promise<Result>;
    tags?: (result: Result, data: z.output<Schema>) => string[];
    successMessage?: string;
    /** After success, the page to open: a path inside the locale ("/staff/meetings/<id>"). */
    redirectTo?: (result: Result) => string;
    /** After success the page is rendered again with what was stored (new version included); not for read-only actions. */
    refreshPage?: boolean | ((result: Result) => boolean);
  },
): Promise<FormState<Result>> {
  const [t, forms] = await Promise.all([getTranslations("Validation"), getTranslations("Forms")]);
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  let actor: SessionUser | null;
  try {
    actor = await getCurrentUser();
  } catch (error) {
    if (isDatabaseUnavailable(error))
      return { ok: false, message: forms("unavailable"), fieldErrors: {}, values: echo(raw) };
    throw error;
  }
  if (!actor) return { ok: false, message: forms("signInRequired"), fieldErrors: {}, values: echo(raw) };
  const parsed = options.schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message: forms("fixErrors"),
      fieldErrors: collectFieldErrors(parsed.error, t),
      values: echo(raw),
    };
  }
  let result: Result;
  try {
    const permissions = [await options.authorize(actor, parsed.data)].flat();
    if (!permissions.every(({ action, scope }) => scope === null || can(actor, action, scope))) {
      return { ok: false, message: forms("forbidden"), fieldErrors: {}, values: echo(raw) };
    }
    result = await options.run(actor, parsed.data);
    if (options.tags) invalidatePublic(options.tags(result, parsed.data));
  } catch (error) {
    const values = echo(raw);
    if (error instanceof StaleVersionError) return { ok: false, message: forms("stale"), fieldErrors: {}, values };
    if (error instanceof ForbiddenError) return { ok: false, message: forms("forbidden"), fieldErrors: {}, values };
    if (error instanceof NotFoundError) return { ok: false, message: forms("notFound"), fieldErrors: {}, values };
    if (error instanceof FieldValidationError) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, keys]) => [
          field,
          keys.map((k) => (t.has(k as never) ? t(k as never) : k)),
        ]),
      );
      return { ok: false, message: forms("fixErrors"), fieldErrors, values };
    }
    // The database is down or restarting: nothing was saved, the text is kept.
    if (isDatabaseUnavailable(error)) return { ok: false, message: forms("unavailable"), fieldErrors: {}, values };
    // Unexpected: log it with a reference, show a generic message.
    const reference = Math.random().toString(36).slice(2, 10);
    console.error(`[action error ${reference}]`, error);
    return { ok: false, message: forms("unexpected", { reference }), fieldErrors: {}, values };
  }
  // Outside the try: Next's redirect works by throwing.
  if (options.redirectTo) redirect(`/${await getLocale()}${options.redirectTo(result)}`);
  const refreshPage =
    typeof options.refreshPage === "function" ? options.refreshPage(result) : (options.refreshPage ?? true);
  if (refreshPage) refreshRouter();
  return { ok: true, message: options.successMessage ?? forms("saved"), data: result };
}

function refreshRouter() {
  try {
    refresh();
  } catch {
    // Outside a Server Action request (tests): nothing to refresh.
  }
}

/** The tags of a data function's result; a repeated create (same form token) changed nothing. */
export function resultTags(result: object): string[] {
  return "tags" in result && Array.isArray(result.tags) ? result.tags : [];
}

export type { Actor };
