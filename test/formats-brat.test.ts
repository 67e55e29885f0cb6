import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toBrat } from "../src/formats/index.js";
import type { ArticleOf } from "../src/types.js";
import { emojiArticle } from "./support/formats-articles.js";
import { syntheticArticle } from "./support/synthetic.js";

// ---- An independent reader of brat standoff and annotation.conf, written from the brat docs ----

interface TextBound {
  type: string;
  fragments: [number, number][];
  text: string;
}
interface Ann {
  T: Map<string, TextBound>;
  E: Map<string, { type: string; trigger: string; args: [string, string][] }>;
  R: Map<string, { type: string; arg1: string; arg2: string }>;
  A: { id: string; name: string; target: string; value?: string }[];
  N: { id: string; type: string; target: string; db: string; key: string; text: string }[];
  equivs: { type: string; ids: string[] }[];
}

function parseAnn(ann: string): Ann {
  const parsed: Ann = { T: new Map(), E: new Map(), R: new Map(), A: [], N: [], equivs: [] };
  for (const line of ann.split("\n")) {
    if (line === "") continue;
    const [id, data, tail] = line.split("\t") as [string, string, string | undefined];
    const [head, ...rest] = data.split(" ") as [string, ...string[]];
    switch (id[0]) {
      case "T": {
        const fragments = data
          .slice(head.length + 1)
          .split(";")
          .map((f) => f.split(" ").map(Number) as [number, number]);
        parsed.T.set(id, { type: head, fragments, text: tail ?? "" });
        break;
      }
      case "E": {
        const [type, trigger] = head.split(":") as [string, string];
        parsed.E.set(id, { type, trigger, args: rest.map((a) => a.split(":") as [string, string]) });
        break;
      }
      case "R": {
        const [arg1, arg2] = rest.map((a) => a.split(":")) as [[string, string], [string, string]];
        expect([arg1[0], arg2[0]]).toEqual(["Arg1", "Arg2"]);
        parsed.R.set(id, { type: head, arg1: arg1[1], arg2: arg2[1] });
        break;
      }
      case "A":
        parsed.A.push({ id, name: head, target: rest[0]!, ...(rest[1] !== undefined ? { value: rest[1] } : {}) });
        break;
      case "N": {
        const [db, key] = rest[1]!.split(":") as [string, string];
        parsed.N.push({ id, type: head, target: rest[0]!, db, key, text: tail ?? "" });
        break;
      }
      case "*":
        parsed.equivs.push({ type: head, ids: rest });
        break;
      default:
        throw new Error(`unexpected annotation line: ${line}`);
    }
  }
  return parsed;
}

interface Conf {
  entities: Set<string>;
  relations: Map<string, string>;
  events: Map<string, string>;
  attributes: Map<string, string>;
}

function parseConf(conf: string): Conf {
  const parsed: Conf = { entities: new Set(), relations: new Map(), events: new Map(), attributes: new Map() };
  let section = "";
  for (const line of conf.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    const [name, args = ""] = line.split("\t") as [string, string?];
    if (section === "entities") parsed.entities.add(name);
    else if (section === "relations") parsed.relations.set(name, args);
    else if (section === "events") parsed.events.set(name, args);
    else if (section === "attributes") parsed.attributes.set(name, args);
    else throw new Error(`line outside a section: ${line}`);
  }
  return parsed;
}

// "Role?:A|B, Role2*:C" -> Map(role -> allowed types)
function roleTypes(spec: string): Map<string, string[]> {
  return new Map(
    spec
      .split(", ")
      .filter((s) => s !== "")
      .map((s) => {
        const [role, types] = s.split(":") as [string, string];
        return [role.replace(/[?*+]$/, ""), types.split("|")];
      }),
  );
}

const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

// ---- The checks ----

function checkExport(doc: ArticleOf) {
  const { txt, ann, conf } = toBrat(doc);
  const parsed = parseAnn(ann);
  const config = parseConf(conf);
  return { txt, ann, conf, parsed, config };
}

describe.each([
  ["the shipped article", article as ArticleOf],
  ["the synthetic article", syntheticArticle() as ArticleOf],
  ["an article with non-BMP characters", emojiArticle() as ArticleOf],
])("toBrat on %s", (_, doc) => {
  const { txt, parsed, config } = checkExport(doc);

  it("keeps the text unchanged", () => expect(txt).toBe(doc.text));

  it("has text-bound annotations whose code-point offsets slice their text", () => {
    for (const [id, t] of parsed.T) {
      expect(t.fragments.map(([s, e]) => cpSlice(txt, s, e)).join(" "), id).toBe(t.text);
      for (const [s, e] of t.fragments) expect(cpSlice(txt, s, e), id).not.toMatch(/\n/);
    }
  });

  it("references only existing annotations", () => {
    const exists = (id: string) => parsed.T.has(id) || parsed.E.has(id);
    for (const [id, e] of parsed.E) {
      expect(parsed.T.get(e.trigger)?.type, id).toBe(e.type);
      for (const [, arg] of e.args) expect(exists(arg), `${id} -> ${arg}`).toBe(true);
    }
    for (const [id, r] of parsed.R) expect(parsed.E.has(r.arg1) && parsed.E.has(r.arg2), id).toBe(true);
    for (const a of parsed.A) expect(exists(a.target), a.id).toBe(true);
    for (const n of parsed.N) expect(parsed.T.has(n.target), n.id).toBe(true);
    for (const q of parsed.equivs) for (const id of q.ids) expect(parsed.T.has(id), id).toBe(true);
  });

  it("declares in annotation.conf exactly the types, roles, relations and attributes the .ann uses", () => {
    const typeOf = (id: string) => parsed.T.get(id)?.type ?? parsed.E.get(id)?.type;
    const eventTypes = new Set([...parsed.E.values()].map((e) => e.type));
    const textBoundTypes = new Set([...parsed.T.values()].map((t) => t.type).filter((t) => !eventTypes.has(t)));
    expect(config.entities).toEqual(textBoundTypes);
    expect(new Set(config.events.keys())).toEqual(eventTypes);
    const relationTypes = new Set([...[...parsed.R.values()].map((r) => r.type), ...parsed.equivs.map((q) => q.type)]);
    const declaredRelations = new Set([...config.relations.keys()].filter((r) => r !== "<OVERLAP>"));
    expect(declaredRelations).toEqual(relationTypes);
    for (const [id, r] of parsed.R) expect(config.relations.get(r.type), id).toBe("Arg1:Claim, Arg2:Claim");
    for (const q of parsed.equivs) {
      const spec = config.relations.get(q.type)!;
      expect(spec).toMatch(/<REL-TYPE>:symmetric-transitive/);
      const allowed = roleTypes(spec.replace(/, <REL-TYPE>.*/, "")).get("Arg1")!;
      for (const id of q.ids) expect(allowed).toContain(typeOf(id));
    }
    // Event arguments: declared role, allowed type; and every declared role is used.
    const usedRoles = new Set<string>();
    for (const [id, e] of parsed.E) {
      const roles = roleTypes(config.events.get(e.type)!);
      for (const [role, arg] of e.args) {
        const base = role.replace(/\d+$/, "");
        usedRoles.add(base);
        expect(roles.get(base), `${id} ${role}`).toContain(typeOf(arg));
      }
    }
    for (const spec of config.events.values()) expect(new Set(roleTypes(spec).keys())).toEqual(usedRoles);
    // Attributes: declared name, target type and value; every declared value is used.
    expect(new Set(config.attributes.keys())).toEqual(new Set(parsed.A.map((a) => a.name)));
    for (const [name, spec] of config.attributes) {
      const [argSpec, valueSpec] = spec.split(", ") as [string, string?];
      const targets = argSpec.replace("Arg:", "").split("|");
      const uses = parsed.A.filter((a) => a.name === name);
      for (const a of uses) expect(targets, a.id).toContain(typeOf(a.target));
      if (valueSpec)
        expect(new Set(uses.map((a) => a.value))).toEqual(new Set(valueSpec.replace("Value:", "").split("|")));
      else for (const a of uses) expect(a.value).toBeUndefined();
    }
  });

  it("round-trips the mentions: entity type and span, coreference and Wikidata", () => {
    const labels = new Map(doc.entities.map((e) => [e.id, e.type.charAt(0).toUpperCase() + e.type.slice(1)]));
    const cpToUtf16 = (cp: number) => cpSlice(txt, 0, cp).length;
    const mentionTs = [...parsed.T].filter(([, t]) => !["Claim", "Cue", "Quote"].includes(t.type));
    const rebuilt = mentionTs.map(([, t]) => ({
      type: t.type,
      start: cpToUtf16(t.fragments[0]![0]),
      end: cpToUtf16(t.fragments.at(-1)![1]),
    }));
    expect(rebuilt).toEqual(
      doc.mentions.map((m) => ({ type: labels.get(m.entityId), start: m.span.start, end: m.span.end })),
    );
    // Each Coref group is exactly the mentions of one entity with two or more mentions.
    const idOfMention = new Map(doc.mentions.map((m, i) => [m.id, mentionTs[i]![0]]));
    const expectedGroups = doc.entities
      .map((e) => doc.mentions.filter((m) => m.entityId === e.id).map((m) => idOfMention.get(m.id)))
      .filter((g) => g.length >= 2);
    expect(parsed.equivs.map((q) => q.ids)).toEqual(expectedGroups);
    const withWikidata = doc.mentions.filter((m) => doc.entities.find((e) => e.id === m.entityId)?.wikidata);
    expect(parsed.N.map((n) => [n.target, n.db, n.key])).toEqual(
      withWikidata.map((m) => [
        idOfMention.get(m.id),
        "Wikidata",
        doc.entities.find((e) => e.id === m.entityId)!.wikidata,
      ]),
    );
  });

  it("encodes every claim as an event with its source, cue, quotes and values", () => {
    expect(parsed.E.size).toBe(doc.claims.length);
    [...parsed.E.entries()].forEach(([id, event], i) => {
      const claim = doc.claims[i]!;
      expect(parsed.T.get(event.trigger)!.text).toBe(claim.content.text.replace(/\n/g, " "));
      const arg = (role: string) =>
        event.args.filter(([r]) => r.replace(/\d+$/, "") === role).map(([, t]) => parsed.T.get(t)!.text);
      expect(arg("Cue")).toEqual(claim.cue ? [claim.cue.text] : []);
      expect(arg("Quote")).toEqual(claim.quotes.map((q) => q.text));
      const source = doc.mentions.find((m) => m.id === claim.sourceMention);
      expect(arg("Source")).toEqual(source ? [source.span.text] : []);
      const attributes = Object.fromEntries(
        parsed.A.filter((a) => a.target === id).map((a) => [a.name, a.value ?? true]),
      );
      expect(attributes).toEqual({
        Factuality: claim.factuality,
        Polarity: claim.polarity,
        QuoteType: claim.quote,
        ...("author" in claim.source ? { AuthorVoice: true } : {}),
      });
    });
  });
});

describe("toBrat specifics", () => {
  it("links the denial and the accusation by Contradicts relations", () => {
    const { parsed } = checkExport(article);
    const eventOf = (claimId: string) => [...parsed.E.keys()][article.claims.findIndex((c) => c.id === claimId)];
    const denial = eventOf("nk-denies-weapons-transfer");
    const accusation = eventOf("biden-admin-accuses-weapons-transfer");
    expect([...parsed.R.values()]).toContainEqual({ type: "Contradicts", arg1: denial, arg2: accusation });
    // The two claims share their content, so they share one trigger.
    expect(parsed.E.get(denial!)!.trigger).toBe(parsed.E.get(accusation!)!.trigger);
  });

  it("offsets differ from UTF-16 by the non-BMP characters before them", () => {
    const doc = emojiArticle();
    const { parsed } = checkExport(doc);
    for (const [id, t] of parsed.T) {
      const [start] = t.fragments[0]!;
      const utf16Start = Array.from(doc.text).slice(0, start).join("").length;
      const astral = Array.from(doc.text.slice(0, utf16Start)).filter((c) => c.length === 2).length;
      expect(utf16Start - start, id).toBe(astral);
    }
    const ada = [...parsed.T.values()].find((t) => t.text === "Ada Lovelace")!;
    expect(ada.fragments).toEqual([[5, 17]]); // "👩🏽‍🚀 " is 5 code points but 8 UTF-16 units
    expect(doc.text.indexOf("Ada Lovelace")).toBe(8);
  });

  it("writes a span across a line break as fragments and declares Wikidata in tools.conf", () => {
    const doc = emojiArticle();
    const crossing = {
      ...doc,
      claims: [{ ...doc.claims[1]!, content: { start: 33, end: 48, text: doc.text.slice(33, 48) }, relations: [] }],
    };
    const { parsed } = checkExport(crossing as ArticleOf);
    const trigger = [...parsed.T.values()].find((t) => t.type === "Claim")!;
    expect(trigger.fragments.length).toBe(2);
    expect(toBrat(doc).tools).toMatch(
      /^Wikidata\t<URL>:https:\/\/www\.wikidata\.org\/, <URLBASE>:https:\/\/www\.wikidata\.org\/wiki\/%s$/m,
    );
  });
});
