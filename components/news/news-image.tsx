import Image from "next/image";
import type { AppLocale } from "@/i18n/routing";
import { contentLang } from "@/lib/content/content-lang";

// Uploads are served under /uploads/{key} (the storage layer's public path);
// `unoptimized` because the files live outside the build and may move to S3.
export function newsImageSrc(imageKey: string): string {
  return `/uploads/${imageKey.split("/").map(encodeURIComponent).join("/")}`;
}

export function NewsImage({ imageKey, alt, lang }: { imageKey: string; alt: string; lang: AppLocale }) {
  return (
    <figure className="mb-6 overflow-hidden rounded-lg border border-slate-200 bg-white">
      <Image
        src={newsImageSrc(imageKey)}
        alt={alt}
        {...contentLang(lang)}
        width={1200}
        height={675}
        unoptimized
        className="h-auto w-full object-cover"
      />
    </figure>
  );
}
