import "server-only";
import { getTranslations } from "next-intl/server";
import { FieldValidationError } from "@/lib/errors/app-errors";
import { imageKinds, sniffFileKind } from "@/lib/storage/file-types";
import { maxImageBytes, type ImageUpload } from "@/lib/storage/images";

/** An uploaded image, checked by size and by its bytes (never its name or claimed type), or a field error. */
export async function readImageField(file: Blob | undefined, field: string): Promise<ImageUpload | undefined> {
  if (!file) return undefined;
  if (file.size > maxImageBytes) {
    const t = await getTranslations("Validation");
    throw new FieldValidationError({ [field]: [t("fileTooLarge", { max: maxImageBytes / (1024 * 1024) })] });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniffFileKind(bytes);
  if (!kind || !imageKinds.includes(kind)) throw new FieldValidationError({ [field]: ["fileType"] });
  return { bytes, kind: kind as ImageUpload["kind"] };
}
