import type { FormState } from "@/lib/actions/form-state";

/** The actors every mutation is run as (see permissions-matrix.test.ts). */
export type MatrixActor = "anonymous" | "admin" | "staffEurope" | "staffAsia" | "rtcBishkek" | "rtcBudapest";

/**
 * One mutation of the staff workspace, for the authorization matrix. `prepare`
 * creates a fresh target (so each cell starts clean) and returns the FormData
 * to send and a snapshot function over the rows the action would change;
 * a refused call must leave that snapshot identical.
 */
export type MatrixCase = {
  name: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState<unknown>>;
  allowed: Record<MatrixActor, boolean>;
  prepare: () => Promise<{ formData: FormData; snapshot: () => Promise<unknown> }>;
};

export const onlyAdmin: Record<MatrixActor, boolean> = {
  anonymous: false,
  admin: true,
  staffEurope: false,
  staffAsia: false,
  rtcBishkek: false,
  rtcBudapest: false,
};

/** Content of the Europe region (ROCB Europe's staff and administrators). */
export const europeContent: Record<MatrixActor, boolean> = {
  anonymous: false,
  admin: true,
  staffEurope: true,
  staffAsia: false,
  rtcBishkek: false,
  rtcBudapest: false,
};

/** RTC Bishkek's own profile (its representative, Europe's ROCB staff, administrators). */
export const bishkekProfile: Record<MatrixActor, boolean> = {
  anonymous: false,
  admin: true,
  staffEurope: true,
  staffAsia: false,
  rtcBishkek: true,
  rtcBudapest: false,
};
