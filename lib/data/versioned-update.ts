import type { Actor } from "@/lib/auth/permissions";

/** What a save of an existing record receives: who saves, which record at which version, and the form's input. */
export type VersionedUpdate<Input> = { actor: Actor; id: string; version: number; input: Input };
