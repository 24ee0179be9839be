import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "@/lib/content/markdown";

// Article bodies are staff Markdown: whatever they contain, only the allow-list
// of lib/content/markdown.ts may reach a public page.
describe("renderMarkdown", () => {
  it("removes script tags and their content", () => {
    const html = renderMarkdown('Hello\n\n<script>alert("x")</script>\n\nafter');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert");
    expect(html).toContain("<p>Hello</p>");
    expect(html).toContain("<p>after</p>");
  });

  it("drops event handler attributes", () => {
    const html = renderMarkdown(
      '<img src="x" onerror="alert(1)">\n\n<p onclick="alert(2)" onerror="alert(3)">text</p>',
    );
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toContain("alert");
    expect(html).toContain("text");
  });

  it("keeps http links and neutralizes javascript: links", () => {
    const html = renderMarkdown(
      '[safe](https://www.wcoomd.org) [bad](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">raw</a>',
    );
    expect(html).toContain('href="https://www.wcoomd.org"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("bad");
    expect(html).toContain("raw");
  });

  it("turns a level-one heading into h2: the page owns its h1", () => {
    const html = renderMarkdown("# Title\n\n## Section");
    expect(html).not.toMatch(/<h1/);
    expect(html).toContain("<h2>Title</h2>");
    expect(html).toContain("<h2>Section</h2>");
  });

  it("drops inline styles and iframes", () => {
    const html = renderMarkdown('<p style="color:red">styled</p><iframe src="https://example.org"></iframe>');
    expect(html).not.toMatch(/style=|<iframe/i);
    expect(html).toContain("styled");
  });

  it("renders lists and emphasis", () => {
    expect(renderMarkdown("- **one**\n- two")).toBe("<ul>\n<li><strong>one</strong></li>\n<li>two</li>\n</ul>\n");
  });
});

describe("markdownToText", () => {
  it("gives plain text without markup or scripts, shortened", () => {
    expect(markdownToText("# Title\n\n<script>alert(1)</script>\n\nSome **bold** text")).toBe("Title Some bold text");
    expect(markdownToText("word ".repeat(100), 20)).toHaveLength(20);
  });
});
