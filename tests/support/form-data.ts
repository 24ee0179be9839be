// FormData for calling server actions directly, and small image fixtures.

type Value = string | number | boolean | string[] | Blob;

export function formDataOf(fields: Record<string, Value | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) value.forEach((v) => data.append(name, v));
    else if (value instanceof Blob) data.append(name, value, value instanceof File ? value.name : "blob");
    else data.append(name, String(value));
  }
  return data;
}

/** A real 1×1 PNG. */
export const pngBytes = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z/C/HgAGgwJ/lK3Q6wAAAABJRU5ErkJggg==",
    "base64",
  ),
);

/** A Windows executable's first bytes, whatever the file is called. */
export const exeBytes = Uint8Array.from([
  0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff,
]);

export function fileOf(bytes: Uint8Array, name: string, type: string): File {
  return new File([bytes as BlobPart], name, { type });
}
