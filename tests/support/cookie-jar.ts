/** The cookies of one browser, kept from responses' Set-Cookie headers (an expired or emptied cookie is dropped). */
export class CookieJar {
  private cookies = new Map<string, string>();
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...rest] = pair.split("=");
      const value = rest.join("=");
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }
  /** The value of the cookie whose name ends with `suffix` (the session cookie's name depends on https). */
  get(suffix: string) {
    return [...this.cookies].find(([key]) => key.endsWith(suffix))?.[1];
  }
  /** The session cookie as [name, value]. */
  sessionCookie() {
    return [...this.cookies].find(([name]) => name.endsWith("session-token"));
  }
  /** Another browser holding a copy of these cookies. */
  copy() {
    const jar = new CookieJar();
    jar.cookies = new Map(this.cookies);
    return jar;
  }
}
