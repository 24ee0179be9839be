// Staff saves in the benchmark go through the same path as a browser without
// JavaScript: fetch the page, read the form's fields (React's hidden
// $ACTION_… inputs included), post them back as multipart/form-data.
import { parseDocument } from "htmlparser2";
import type { AnyNode, Element } from "domhandler";

export type FormFields = [name: string, value: string][];

// Duck-typed: htmlparser2 may carry its own copy of domhandler's classes.
const isElement = (node: AnyNode): node is Element => "attribs" in node && "name" in node;

function* elements(node: AnyNode): Generator<Element> {
  if (isElement(node)) yield node;
  for (const child of "children" in node ? node.children : []) yield* elements(child as AnyNode);
}

const textOf = (node: AnyNode): string =>
  "data" in node && typeof node.data === "string"
    ? node.data
    : "children" in node
      ? node.children.map((c) => textOf(c as AnyNode)).join("")
      : "";

/** The fields a browser would submit for the first form that has an input named `marker`. */
export function readForm(html: string, marker: string): FormFields {
  const document = parseDocument(html);
  for (const form of elements(document)) {
    if (form.name !== "form") continue;
    const controls = [...elements(form)].filter((e) => ["input", "textarea", "select"].includes(e.name));
    if (!controls.some((c) => c.attribs.name === marker)) continue;
    const fields: FormFields = [];
    for (const control of controls) {
      const name = control.attribs.name;
      if (!name || "disabled" in control.attribs) continue;
      if (control.name === "textarea") fields.push([name, textOf(control)]);
      else if (control.name === "select") {
        const options = [...elements(control)].filter((e) => e.name === "option");
        const chosen = options.find((o) => "selected" in o.attribs) ?? options[0];
        fields.push([name, chosen?.attribs.value ?? textOf(chosen ?? control)]);
      } else {
        const type = control.attribs.type ?? "text";
        if ((type === "checkbox" || type === "radio") && !("checked" in control.attribs)) continue;
        if (type === "submit" || type === "button" || type === "file") continue;
        fields.push([name, control.attribs.value ?? (type === "checkbox" ? "on" : "")]);
      }
    }
    return fields;
  }
  throw new Error(`no form with a field named "${marker}"`);
}

export function setField(fields: FormFields, name: string, value: string): FormFields {
  return fields.some(([n]) => n === name)
    ? fields.map(([n, v]) => [n, n === name ? value : v])
    : [...fields, [name, value]];
}

/** A multipart/form-data body (synchronous, as autocannon's request hooks need). */
export function multipart(fields: FormFields): { body: string; contentType: string } {
  const boundary = `----portal-bench-${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, "%22")}"\r\n\r\n${value}\r\n`,
  );
  return { body: `${parts.join("")}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Signs in through the sign-in form (no JavaScript) and returns the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${base}/en/sign-in`);
  const cookies = setCookies(page);
  let fields = readForm(await page.text(), "password");
  fields = setField(setField(fields, "email", email), "password", password);
  const { body, contentType } = multipart(fields);
  const response = await fetch(`${base}/en/sign-in`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { "Content-Type": contentType, Cookie: cookies, Origin: base },
  });
  const session = setCookies(response)
    .split("; ")
    .find((c) => c.startsWith("authjs.session-token=") || c.startsWith("__Secure-authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return session;
}

function setCookies(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
