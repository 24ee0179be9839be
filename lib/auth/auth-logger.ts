// next-auth's log lines. A refused sign-in is an everyday event, not an
// error: one line with the time and the fact, never the e-mail or the
// password (next-auth's default prints a CredentialsSignin stack trace).
// Anything else keeps its details: it is a real problem.
type AuthLogError = Error & { type?: string; code?: string; cause?: unknown };

const now = () => new Date().toISOString();

export const authLogger = {
  error(error: AuthLogError) {
    const type = error.type ?? error.name;
    if (type === "CredentialsSignin") {
      const why =
        error.code === "rate_limited"
          ? "too many attempts from this address, asked to wait"
          : "wrong e-mail or password";
      console.warn(`${now()} [auth] sign-in refused: ${why}`);
      return;
    }
    const cause = error.cause as { err?: unknown } | undefined;
    if (type === "JWTSessionError") {
      // An expired cookie, or one signed with a secret since replaced: the visitor just signs in again.
      const reason = cause?.err instanceof Error ? cause.err.message : error.message;
      console.warn(`${now()} [auth] session cookie refused: ${reason}`);
      return;
    }
    console.error(`${now()} [auth] ${type}: ${error.message}`);
    const detail = cause && typeof cause === "object" && cause.err instanceof Error ? cause.err : error;
    if (detail.stack) console.error(detail.stack);
  },
};
