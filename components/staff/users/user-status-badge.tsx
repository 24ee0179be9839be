// Active, invitation pending or deactivated: a word, not only a colour.
const styles = {
  active: "border-green-700 bg-green-50 text-green-900",
  pending: "border-amber-600 bg-amber-50 text-amber-900",
  inactive: "border-slate-400 bg-slate-100 text-slate-800",
} as const;

export type UserStatus = keyof typeof styles;

export function userStatus(user: { active: boolean; invitationPending: boolean }): UserStatus {
  if (!user.active) return "inactive";
  return user.invitationPending ? "pending" : "active";
}

export function UserStatusBadge({ status, label }: { status: UserStatus; label: string }) {
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${styles[status]}`}
    >
      {label}
    </span>
  );
}
