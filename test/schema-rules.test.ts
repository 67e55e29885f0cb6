import { describe, expect, it } from "vitest";
import { safeParseArticle } from "../src/schema/index.js";
import type { AnnotatedArticle } from "../src/schema/index.js";
import { cloneArticle } from "./support/clone.js";

/** Breaks a copy of the shipped article and returns the issues the schema reports. */
function issuesAfter(breakIt: (doc: AnnotatedArticle) => void) {
  const doc = cloneArticle();
  breakIt(doc);
  const result = safeParseArticle(doc);
  expect(result.success, "the broken copy must be rejected").toBe(false);
  return result.error!.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("the shipped article", () => {
  it("passes every rule", () => {
    const result = safeParseArticle(cloneArticle());
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

describe("schema rules reject broken copies", () => {
  it("a span whose text does not match the text at its offsets", () => {
    const issues = issuesAfter((doc) => {
      doc.mentions[0]!.span.start += 1;
    });
    expect(issues).toContainEqual({
      path: "mentions.0.span.text",
      message: expect.stringMatching(/^span text ".*" does not match the text at \d+-\d+: /),
    });
  });

  it("a span that runs past the end of the text", () => {
    const issues = issuesAfter((doc) => {
      doc.claims[0]!.content.end = doc.text.length + 5;
    });
    expect(issues).toContainEqual({
      path: "claims.0.content.end",
      message: `end ${2709 + 5} is past the end of the text (length 2709)`,
    });
  });

  it("a span whose start is after its end", () => {
    const issues = issuesAfter((doc) => {
      doc.times[0]!.span = { start: 10, end: 5, text: "" };
    });
    expect(issues).toContainEqual({ path: "times.0.span.end", message: "start must not be greater than end" });
  });

  it("a duplicate id", () => {
    const issues = issuesAfter((doc) => {
      doc.entities[1]!.id = doc.entities[0]!.id;
    });
    expect(issues).toContainEqual({
      path: "entities.1.id",
      message: `duplicate id "${cloneArticle().entities[0]!.id}" (first used at entities[0])`,
    });
  });

  it("a reference to an entity that does not exist", () => {
    const issues = issuesAfter((doc) => {
      doc.mentions[2]!.entityId = "nobody";
    });
    expect(issues).toContainEqual({ path: "mentions.2.entityId", message: 'unknown entity id "nobody"' });
  });

  it("a mention id that does not start with its entity id", () => {
    const issues = issuesAfter((doc) => {
      doc.mentions[0]!.id = "somebody-else@1";
    });
    expect(issues).toContainEqual({
      path: "mentions.0.id",
      message: `mention id "somebody-else@1" must start with its entity id "${doc0().mentions[0]!.entityId}@"`,
    });
  });

  it("a claim relation to a claim that does not exist, and one to itself", () => {
    const issues = issuesAfter((doc) => {
      doc.claims[0]!.relations = [
        { type: "supports", target: "no-such-claim" },
        { type: "contradicts", target: doc.claims[0]!.id },
      ];
    });
    expect(issues).toContainEqual({ path: "claims.0.relations.0.target", message: 'unknown claim id "no-such-claim"' });
    expect(issues).toContainEqual({
      path: "claims.0.relations.1.target",
      message: `claim "${doc0().claims[0]!.id}" cannot relate to itself`,
    });
  });

  it("a source mention that names another entity than the source", () => {
    const doc = doc0();
    const index = doc.claims.findIndex((c) => c.sourceMention !== undefined);
    const foreign = doc.mentions.find(
      (m) => "entityId" in doc.claims[index]!.source && m.entityId !== doc.claims[index]!.source.entityId,
    )!;
    const issues = issuesAfter((copy) => {
      copy.claims[index]!.sourceMention = foreign.id;
    });
    expect(issues).toContainEqual({
      path: `claims.${index}.sourceMention`,
      message: expect.stringMatching(
        new RegExp(`^mention "${foreign.id}" refers to "${foreign.entityId}", not to the source `),
      ),
    });
  });

  it("a quote outside its claim's content", () => {
    const doc = doc0();
    const index = doc.claims.findIndex((c) => c.quotes.length > 0);
    const issues = issuesAfter((copy) => {
      copy.claims[index]!.quotes[0] = { ...copy.paragraphs[0]!.span };
    });
    expect(issues).toContainEqual({
      path: `claims.${index}.quotes.0`,
      message: expect.stringMatching(/^quote 0-\d+ lies outside the claim content \d+-\d+$/),
    });
  });

  it("sentences that do not tile their paragraph", () => {
    const issues = issuesAfter((doc) => {
      const s = doc.sentences[1]!; // drop the first word of the second sentence
      const cut = s.span.text.indexOf(" ") + 1;
      s.span = { start: s.span.start + cut, end: s.span.end, text: s.span.text.slice(cut) };
    });
    expect(issues).toContainEqual({
      path: "sentences.1.span.start",
      message: "text between sentences must be white space only: sentences must tile their paragraph",
    });
  });

  it("a paragraph that does not end at a line break", () => {
    const issues = issuesAfter((doc) => {
      const p = doc.paragraphs[0]!;
      p.span = { start: p.span.start, end: p.span.end - 1, text: p.span.text.slice(0, -1) };
    });
    expect(issues).toContainEqual({
      path: "paragraphs.0.span.end",
      message: "a paragraph must end where a line break follows",
    });
  });

  it("a text that is not NFC", () => {
    const issues = issuesAfter((doc) => {
      doc.text = doc.text.replace("Shoigu", "Sho\u0069\u0308gu").normalize("NFD");
    });
    expect(issues).toContainEqual({ path: "text", message: "text must be in Unicode normalization form NFC" });
  });

  it("an unknown key (nothing extra passes silently)", () => {
    const issues = issuesAfter((doc) => {
      (doc.entities[0] as Record<string, unknown>)["nickname"] = "x";
    });
    expect(issues).toContainEqual({ path: "entities.0", message: 'Unrecognized key: "nickname"' });
  });

  it("a value outside an enumeration", () => {
    const issues = issuesAfter((doc) => {
      (doc.claims[0] as Record<string, unknown>)["factuality"] = "likely";
    });
    expect(issues).toContainEqual({
      path: "claims.0.factuality",
      message: expect.stringContaining('expected one of "certain"|"probable"|"possible"|"unknown"'),
    });
  });

  it("a time value that is not ISO 8601", () => {
    const issues = issuesAfter((doc) => {
      doc.times[0]!.value = "Thursday";
    });
    expect(issues).toContainEqual({
      path: "times.0.value",
      message: "must be an ISO 8601 date, date-time with offset, duration or range",
    });
  });

  it("members on an entity that is not a group", () => {
    const issues = issuesAfter((doc) => {
      const person = doc.entities.find((e) => e.type === "person")!;
      person.members = [doc.entities.find((e) => e.id !== person.id)!.id];
    });
    expect(
      issues.some(
        (i) => /^entities\.\d+\.members$/.test(i.path) && /^only entities of type "group" have members/.test(i.message),
      ),
    ).toBe(true);
  });
});

function doc0(): AnnotatedArticle {
  return cloneArticle();
}
