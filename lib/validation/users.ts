// Forms of the user administration (invite, edit, deactivate, resend) and the
// filters of the user list.
import { z } from "zod";
import { locales } from "@/i18n/routing";
import { confirmed, formToken } from "./form-fields";
import { pageSchema, type SearchParams } from "./public-filters";
import { lineString } from "./text-rules";

export const userRoles = ["ADMIN", "ROCB_STAFF", "RTC_REP"] as const;
export type UserRoleValue = (typeof userRoles)[number];

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const userSchema = z.object({
  id: lineString().min(1).max(40),
  version: z.coerce.number().int().min(1),
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  name: lineString().min(1).max(120),
  role: z.enum(userRoles),
  structureId: z.preprocess(blankToUndefined, lineString().max(40).optional()),
  preferredLocale: z.enum(locales),
});

/** Administrators have no scope; everyone else belongs to exactly one structure. */
function scopeRule(data: { role: UserRoleValue; structureId?: string }, ctx: z.RefinementCtx) {
  if (data.role === "ADMIN" && data.structureId)
    ctx.addIssue({ code: "custom", message: "user.scopeNotForAdmin", path: ["structureId"] });
  if (data.role !== "ADMIN" && !data.structureId)
    ctx.addIssue({ code: "custom", message: "user.scopeRequired", path: ["structureId"] });
}

// Run the scope rule even when other fields failed, so every error shows at once.
const whenRoleValid = {
  when: (payload: z.core.ParsePayload) =>
    userRoles.includes((payload.value as { role?: UserRoleValue }).role as UserRoleValue),
};

export const inviteUserSchema = userSchema
  .omit({ id: true, version: true })
  .extend({ formToken })
  .superRefine(scopeRule, whenRoleValid);
export const updateUserSchema = userSchema.omit({ email: true }).superRefine(scopeRule, whenRoleValid);
export const userStatusSchema = userSchema.pick({ id: true, version: true });
/** Deactivating an account, from its confirmation page (reactivating takes one click). */
export const deactivateUserSchema = userStatusSchema.extend({ confirm: confirmed });
export const resendInvitationSchema = userSchema.pick({ id: true });

export type InviteUserInput = Omit<z.output<typeof inviteUserSchema>, "formToken">;
export type UpdateUserInput = z.output<typeof updateUserSchema>;

// ---- list filters (GET query; bad values are ignored, never trusted)

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const USER_PAGE_SIZE = 25;

export const userStatusFilters = ["active", "pending", "inactive"] as const;
export type UserListFilters = { role?: UserRoleValue; status?: (typeof userStatusFilters)[number]; page: number };

export function parseUserListFilters(query: SearchParams): UserListFilters {
  return {
    role: z.preprocess(first, z.enum(userRoles)).optional().catch(undefined).parse(query.role),
    status: z.preprocess(first, z.enum(userStatusFilters)).optional().catch(undefined).parse(query.status),
    page: pageSchema.parse(query.page),
  };
}

export function userListFiltersToQuery(filters: UserListFilters): Record<string, string | undefined> {
  return { role: filters.role, status: filters.status };
}
