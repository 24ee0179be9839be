// Issue 23: each reader of the import (RSS, Atom, WordPress export, saved
// HTML page, .txt/.md items), the pairing of translations and the URL guard,
// on fixtures written for these tests.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPrivateAddress, fetchSource } from "@/lib/import/fetch-source";
import { contentHashOf, pairTranslations } from "@/lib/import/pair-translations";
import { documentLinksOf } from "@/lib/import/html-to-markdown";
import { readFeed } from "@/lib/import/read-feed";
import { readHtmlPage } from "@/lib/import/read-html";
import { readSources } from "@/lib/import/read-sources";
import { readTextItem } from "@/lib/import/read-text-item";
import { startLocalServer } from "@/tests/support/local-http-server";

const fixture = (name: string) => path.resolve("tests/fixtures/import", name);
const read = (name: string) => readFile(fixture(name), "utf8");
const asIfPublic = { refuses: (a: string) => a !== "127.0.0.2" && isPrivateAddress(a) };

describe("RSS 2.0 and Atom", () => {
  it("reads each item's title, link, date, language and body as Markdown", async () => {
    const { kind, items, failures } = readFeed(await read("news-rss.xml"), "news-rss.xml");
    expect(kind).toBe("rss");
    expect(failures).toEqual([]);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: "8th Meeting of the Regional Structures of the Europe Region",
      sourceUrl: "https://rocb.example.org/en/news/8th-meeting-regional-structures",
      language: "en",
      publishedOn: "2019-05-21",
      images: ["https://rocb.example.org/images/baku-2019.jpg"],
    });
    expect(items[0].body).toContain("was held on 14-16 May 2019 in Baku");
    expect(items[0].body).not.toContain("<p>");
    // An escaped description is read as HTML too.
    expect(items[1].body).toBe(
      "The regional office has published a catalogue of e-learning courses for member administrations.",
    );
  });

  it("reads an Atom feed with its xml:lang", async () => {
    const { kind, items } = readFeed(await read("news-atom.xml"), "news-atom.xml");
    expect(kind).toBe("atom");
    expect(items[0]).toMatchObject({ title: "Atelier régional à Abidjan", language: "fr", publishedOn: "2020-03-10" });
  });

  it("refuses a malformed file with the line and the reason, and a file that is not a feed", async () => {
    expect(() => readFeed("<rss><channel><item><title>x</item></channel></rss>", "bad.xml")).toThrow(
      /bad\.xml: not well-formed XML \(line 1/,
    );
    expect(() => readFeed("<html><body>hello</body></html>", "page.xml")).toThrow(
      /neither an RSS 2.0 feed, an Atom feed nor a WordPress export/,
    );
  });

  it("refuses XML entity declarations (no entity expansion)", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>`;
    expect(() => readFeed(bomb, "bomb.xml")).toThrow(/declares XML entities/);
  });
});

describe("WordPress export (WXR)", () => {
  it("reads posts only, with Polylang and WPML languages and translation groups", async () => {
    const { kind, items } = readFeed(await read("export-wxr.xml"), "export-wxr.xml");
    expect(kind).toBe("wxr");
    expect(items.map((i) => [i.language, i.translationGroup])).toEqual([
      ["en", "polylang:pll_12th_meeting"],
      ["ru", "polylang:pll_12th_meeting"],
      ["en", "wpml:77"],
      ["ru", "wpml:77"],
    ]);
    expect(items.map((i) => i.title)).not.toContain("About us");
    expect(items[1]).toMatchObject({
      publishedOn: "2022-09-30",
      sourceUrl: "https://rocb.example.org/ru/2022/09/12-soveshchanie/",
    });
  });

  it("gives a post the documents attached to it (not its images, not another post's)", () => {
    const attachment = (id: number, parent: number, url: string) =>
      `<item><title>file ${id}</title><wp:post_id>${id}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:post_parent>${parent}</wp:post_parent><wp:attachment_url>${url}</wp:attachment_url></item>`;
    const xml = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
  <channel><title>t</title><language>en</language><wp:wxr_version>1.2</wp:wxr_version>
    <item><title>A seminar on valuation</title><link>https://rocb.example.org/en/valuation/</link><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>
      <content:encoded><![CDATA[<p>Slides were shown.</p>]]></content:encoded></item>
    <item><title>Another note</title><wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>x</p>]]></content:encoded></item>
    ${attachment(20, 7, "https://rocb.example.org/uploads/valuation-slides.pptx")}
    ${attachment(21, 7, "https://rocb.example.org/uploads/group-photo.jpg")}
    ${attachment(22, 8, "https://rocb.example.org/uploads/other.pdf")}
    ${attachment(23, 0, "https://rocb.example.org/uploads/loose.pdf")}
  </channel>
</rss>`;
    const { items } = readFeed(xml, "export.xml");
    expect(items.map((i) => [i.title, i.attachments])).toEqual([
      ["A seminar on valuation", ["https://rocb.example.org/uploads/valuation-slides.pptx"]],
      ["Another note", ["https://rocb.example.org/uploads/other.pdf"]],
    ]);
  });

  it("pairs the translations into one record each", async () => {
    const { items } = readFeed(await read("export-wxr.xml"), "export-wxr.xml");
    const records = pairTranslations(items);
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.items.map((i) => i.language))).toEqual([
      ["en", "ru"],
      ["en", "ru"],
    ]);
  });
});

describe("translations by URL pattern", () => {
  const item = (url: string, language: "en" | "ru" | "fr", title: string) => ({
    source: url,
    sourceUrl: url,
    title,
    language,
    publishedOn: null,
    body: title,
    translationGroup: null,
    images: [],
  });
  it("pairs /en/… with /ru/… and ?lang=fr, never two items of one language", () => {
    const records = pairTranslations([
      item("https://a.example.org/en/news/meeting-7", "en", "Seventh meeting"),
      item("https://a.example.org/ru/news/meeting-7", "ru", "Седьмое совещание"),
      item("https://a.example.org/news/meeting-7?lang=fr", "fr", "Septième réunion"),
      item("https://a.example.org/en/news/meeting-8", "en", "Eighth meeting"),
      item("https://a.example.org/en/news/meeting-8/", "en", "Eighth meeting, again"),
    ]);
    expect(records.map((r) => r.items.map((i) => i.language))).toEqual([["en", "ru", "fr"], ["en"], ["en"]]);
  });
  it("hashes content: the same item the same, a changed body differently", () => {
    const a = item("https://a.example.org/en/x", "en", "Same");
    expect(contentHashOf(a)).toBe(contentHashOf({ ...a }));
    expect(contentHashOf({ ...a, body: "Changed" })).not.toBe(contentHashOf(a));
  });
});

describe("saved HTML pages", () => {
  it("finds the article's title, date, language and body without the page's furniture", async () => {
    const item = readHtmlPage(await read("saved-page.html"), "saved-page.html");
    expect(item).toMatchObject({
      sourceUrl: "https://rocb-esa.example.org/en/news/workshop-mombasa",
      language: "en",
      publishedOn: "2022-03-10",
    });
    expect(item.title).toContain("Workshop on risk management in Mombasa");
    expect(item.body).toContain("from 28 February to 4 March 2022");
    expect(item.body).not.toContain("Contact");
  });
  it("says so when a page has no article", () => {
    expect(() => readHtmlPage("<html><body></body></html>", "empty.html")).toThrow(/empty\.html: no article found/);
  });
});

describe(".txt and .md items", () => {
  it("reads the title, the header lines and the body", async () => {
    const item = readTextItem(await read("text-items/01-seminar.txt"), "01-seminar.txt");
    expect(item).toMatchObject({
      title: "Seminar on post-clearance audit in Budapest",
      publishedOn: "2017-12-08",
      language: "en",
      sourceUrl: "https://rocb.example.org/en/news/seminar-budapest",
    });
    expect(item.body).toMatch(/^The seminar on post-clearance audit/);
  });
  it("refuses bad header lines with the line number", () => {
    expect(() => readTextItem("Title\nDate: 5 May 2020\n\nBody", "x.txt")).toThrow(
      "x.txt: line 2: the date must be written YYYY-MM-DD",
    );
    expect(() => readTextItem("Title\nLanguage: de\n\nBody", "x.txt")).toThrow(/line 2: the language must be one of/);
    expect(() => readTextItem("Title\nURL: javascript:alert(1)\n\nBody", "x.txt")).toThrow(
      /line 2: the URL must start with/,
    );
    expect(() => readTextItem("\nBody", "x.txt")).toThrow("x.txt: line 1 must be the title");
    expect(() => readTextItem("Title\n\n", "x.txt")).toThrow("x.txt: the item has no body");
  });
});

describe("reading paths", () => {
  it("reads files and folders, reports each failure with its reason and loses nothing else", async () => {
    const progress: number[] = [];
    const { items, failures } = await readSources(
      [fixture("news-rss.xml"), fixture("text-items"), fixture("malformed.xml"), fixture("missing.xml")],
      (done) => progress.push(done),
    );
    expect(items).toHaveLength(4);
    expect(failures.map((f) => f.source)).toEqual([fixture("missing.xml"), "malformed.xml"]);
    expect(failures[1].reason).toMatch(/not well-formed XML/);
    expect(progress).toEqual([1, 2, 3, 4]);
  });
});

describe("URLs", () => {
  it("knows private, loopback and link-local addresses", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111"]) expect(isPrivateAddress(a), a).toBe(false);
  });
  // Real servers on this machine: 127.0.0.2 stands for a public server (the
  // test's own `refuses`), 127.0.0.1 stays private; a refused address is
  // never connected to.
  it("refuses private addresses, other schemes, other types and oversized bodies before reading them", async () => {
    const inside = await startLocalServer("127.0.0.1", (_, response) => {
      response.setHeader("content-type", "application/rss+xml");
      response.end("<rss/>");
    });
    const site = await startLocalServer("127.0.0.2", (request, response) => {
      if (request.url === "/x.zip") response.setHeader("content-type", "application/zip").end("PK");
      else if (request.url === "/big.xml")
        response.setHeader("content-type", "application/xml").end("x".repeat(6 * 1024 * 1024));
      else response.setHeader("content-type", "application/rss+xml; charset=utf-8").end("<rss/>");
    });
    try {
      await expect(fetchSource(`http://127.0.0.1:${inside.port}/feed.xml`)).rejects.toThrow(/private or local/);
      await expect(fetchSource("http://[::1]/feed.xml")).rejects.toThrow(/private or local/);
      await expect(fetchSource("file:///etc/passwd")).rejects.toThrow(/only http and https/);
      expect(inside.hits).toEqual([]);
      await expect(fetchSource(`${site.origin}/x.zip`, asIfPublic)).rejects.toThrow(/is not a feed or a page/);
      await expect(fetchSource(`${site.origin}/big.xml`, asIfPublic)).rejects.toThrow(/larger than 5 MB/);
      const ok = await fetchSource(`${site.origin}/feed.xml`, asIfPublic);
      expect(ok.text).toBe("<rss/>");
    } finally {
      await inside.close();
      await site.close();
    }
  });
  it("checks the address again after a redirect", async () => {
    const inside = await startLocalServer("127.0.0.1", (_, response) => response.end("secret"));
    const site = await startLocalServer("127.0.0.2", (_, response) =>
      response.writeHead(302, { location: `http://127.0.0.1:${inside.port}/admin` }).end(),
    );
    try {
      await expect(fetchSource(`${site.origin}/feed.xml`, asIfPublic)).rejects.toThrow(/private or local/);
      expect(site.hits).toEqual(["/feed.xml"]);
      expect(inside.hits).toEqual([]);
    } finally {
      await inside.close();
      await site.close();
    }
  });
});

describe("links to documents in a body", () => {
  it("finds links to documents (not images, not pages), each once, with its text and the address as written", () => {
    const body = [
      'See [the minutes](https://rocb.example.org/files/minutes.pdf) and [slides](/files/deck.PPTX?v=2 "Slides").',
      "![a photo](/images/photo.pdf) is an image; [the page](/news/other) is a page; [again](https://rocb.example.org/files/minutes.pdf).",
      "[Programme (draft)](/files/programme\\(draft\\).docx)",
    ].join("\n\n");
    expect(documentLinksOf(body)).toEqual([
      {
        raw: "https://rocb.example.org/files/minutes.pdf",
        href: "https://rocb.example.org/files/minutes.pdf",
        text: "the minutes",
      },
      { raw: "/files/deck.PPTX?v=2", href: "/files/deck.PPTX?v=2", text: "slides" },
      { raw: "/files/programme\\(draft\\).docx", href: "/files/programme(draft).docx", text: "Programme (draft)" },
    ]);
  });
});
