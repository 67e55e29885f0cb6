import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { nonMentions } from "./support/shipped-data.js";

const { text, entities, mentions, sentences } = article;
const entityById = new Map(entities.map((e) => [e.id, e]));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("entities", () => {
  it("each have at least one mention", () => {
    const mentioned = new Set(mentions.map((m) => m.entityId));
    expect(entities.filter((e) => !mentioned.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it("link groups to members that exist, and partOf/memberOf to other entities", () => {
    for (const e of entities) {
      for (const target of [e.partOf, e.memberOf, ...(e.members ?? [])]) {
        if (target !== undefined) expect(entityById.has(target), `${e.id} -> ${target}`).toBe(true);
      }
    }
    expect(entityById.get("kim-and-shoigu")?.members).toEqual(["kim-jong-un", "sergei-shoigu"]);
    expect(entityById.get("north-korea-and-russia")?.members).toEqual(["north-korea", "russia"]);
  });

  it("give Wikidata ids only as Q-numbers, never twice", () => {
    const qids = entities.flatMap((e) => (e.wikidata ? [e.wikidata] : []));
    expect(new Set(qids).size).toBe(qids.length);
    for (const q of qids) expect(q).toMatch(/^Q[1-9]\d*$/);
  });
});

describe("mentions", () => {
  it("never cross a sentence boundary", () => {
    const crossing = mentions.filter(
      (m) => !sentences.some((s) => s.span.start <= m.span.start && m.span.end <= s.span.end),
    );
    expect(crossing.map((m) => m.id)).toEqual([]);
  });

  it("of one entity never overlap each other", () => {
    const overlapping: string[] = [];
    for (const a of mentions) {
      for (const b of mentions) {
        if (a.id < b.id && a.entityId === b.entityId && a.span.start < b.span.end && b.span.start < a.span.end)
          overlapping.push(`${a.id} ~ ${b.id}`);
      }
    }
    expect(overlapping).toEqual([]);
  });

  it("have no leading article or trailing possessive, and no surrounding white space or punctuation", () => {
    for (const m of mentions) {
      const words = m.span.text;
      expect(words, m.id).toBe(words.trim());
      expect(words, m.id).not.toMatch(/[’']s$/);
      expect(words, m.id).not.toMatch(/^[,.;:“”]|[,;:“”]$/);
      if (words.endsWith("."))
        expect(words, `${m.id}: only an abbreviation ends in a period`).toMatch(/^(\p{Lu}\.)+$/u);
      if (m.form === "name") expect(words, `${m.id}: names start without "the"`).not.toMatch(/^the /i);
    }
  });

  it("of form pronoun are pronouns (including possessive and demonstrative determiners)", () => {
    const pronouns = new Set(["he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "this", "that"]);
    const bad = mentions.filter((m) => m.form === "pronoun" && !pronouns.has(m.span.text.toLowerCase()));
    expect(bad.map((m) => `${m.id} "${m.span.text}"`)).toEqual([]);
  });

  it("of form name or adjectival start with a capital; adjectivals are demonyms", () => {
    for (const m of mentions.filter((m) => m.form === "name" || m.form === "adjectival"))
      expect(m.span.text, m.id).toMatch(/^\p{Lu}/u);
    for (const m of mentions.filter((m) => m.form === "adjectival")) expect(m.span.text, m.id).toMatch(/(an|ese)$/);
  });

  it("of a person by name are the name only, without the title", () => {
    for (const m of mentions.filter((m) => entityById.get(m.entityId)?.type === "person" && m.form === "name")) {
      const entity = entityById.get(m.entityId)!;
      expect([entity.name, ...entity.aliases], m.id).toContain(m.span.text);
    }
  });

  it("of plural groups are written as plurals or coordinations", () => {
    const plural = /( and |^the two |^they$|^their$|^them$|s$)/;
    for (const m of mentions.filter(
      (m) => entityById.get(m.entityId)?.members !== undefined && entityById.get(m.entityId)!.members!.length > 1,
    )) {
      expect(m.span.text, m.id).toMatch(plural);
    }
  });
});

describe("coverage", () => {
  it("every occurrence of an entity's name or alias is a mention of it, or listed as not one with a reason", () => {
    const missing: string[] = [];
    for (const entity of entities) {
      for (const name of new Set([entity.name, ...entity.aliases])) {
        const wholeWord = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
        for (const match of text.matchAll(wholeWord)) {
          const start = match.index;
          const end = start + name.length;
          const covered = mentions.some((m) => m.entityId === entity.id && m.span.start <= start && end <= m.span.end);
          const excused = nonMentions.some(
            (n) => n.entityId === entity.id && n.span.start <= start && end <= n.span.end,
          );
          if (!covered && !excused) missing.push(`${entity.id}: "${name}" at ${start}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists no excused occurrence that is in fact a mention", () => {
    for (const n of nonMentions) {
      expect(
        mentions.some((m) => m.entityId === n.entityId && m.span.start === n.span.start && m.span.end === n.span.end),
      ).toBe(false);
    }
  });

  it("finds the references a careful reader expects (spot checks against the text)", () => {
    const textsOf = (id: string) => mentions.filter((m) => m.entityId === id).map((m) => m.span.text);
    expect(textsOf("russia")).toContain("Moscow");
    expect(mentions.find((m) => m.span.text === "Moscow")?.form).toBe("metonym");
    expect(textsOf("north-korea")).toEqual(expect.arrayContaining(["the isolated nation", "North", "North Korean"]));
    expect(textsOf("kim-and-shoigu")).toEqual(expect.arrayContaining(["Kim and Shoigu", "they", "their"]));
    expect(textsOf("north-korea-and-russia")).toContain("the two countries");
    // Every "Kim" and "Shoigu" in the text is a mention of that person.
    expect(textsOf("kim-jong-un").filter((t) => t.startsWith("Kim")).length).toBe(text.match(/\bKim\b/g)!.length);
    expect(textsOf("sergei-shoigu").filter((t) => t.includes("Shoigu")).length).toBe(text.match(/\bShoigu\b/g)!.length);
  });
});
