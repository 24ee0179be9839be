// Creates end with a redirect from the server (to the new record's editor),
// which Next.js performs by throwing. Tests read where it goes.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";

/** Runs a create action: its FormState when it refused, or where it redirected and the record id in that path. */
export async function submitCreate<T>(
  run: Promise<T>,
): Promise<{ redirected: true; location: string; id: string } | { redirected: false; result: T }> {
  try {
    return { redirected: false, result: await run };
  } catch (error) {
    if (!isRedirectError(error)) throw error;
    const location = getURLFromRedirectError(error);
    const id = /\/staff\/[a-z]+\/([a-z0-9]+)/.exec(location)?.[1] ?? "";
    return { redirected: true, location, id };
  }
}

/** The id of the record a create made (fails the test when it refused). */
export async function createdId(run: Promise<unknown>): Promise<string> {
  const outcome = await submitCreate(run);
  if (!outcome.redirected) throw new Error(`The create was refused: ${JSON.stringify(outcome.result)}`);
  return outcome.id;
}
