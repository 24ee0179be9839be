// Expected failures of data functions, turned into form results by the action
// wrapper (lib/actions/run-action.ts). Anything else is unexpected: logged,
// and the user sees a generic message.

/** The record changed since the form was loaded: refuse, do not overwrite. */
export class StaleVersionError extends Error {
  name = "StaleVersionError";
}

export class NotFoundError extends Error {
  name = "NotFoundError";
}

/** A server-side check on one or more fields (e.g. a slug already taken). */
export class FieldValidationError extends Error {
  name = "FieldValidationError";
  constructor(public fieldErrors: Record<string, string[]>) {
    super("Invalid fields");
  }
}
