import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toJsonLd } from "../src/formats/index.js";
import { syntheticArticle } from "./support/synthetic.js";

const SCHEMA = "https://schema.org/";
const VOCAB = "urn:kim-shoigu-2023:vocab:";

type Node = Record<string, unknown> & { "@id"?: string; "@type"?: string[] };

// Any attempt to load a remote document (a context) fails the test: the export must be self-contained.
const loaderCalls: string[] = [];
const documentLoader = async (url: string): Promise<never> => {
  loaderCalls.push(url);
  throw new Error(`network access attempted: ${url}`);
};

const ids = (value: unknown) => ((value ?? []) as { "@id": string }[]).map((v) => v["@id"]);
const values = (value: unknown) => ((value ?? []) as { "@value": unknown }[]).map((v) => v["@value"]);

async function expandedGraph(doc = toJsonLd()): Promise<Map<string, Node>> {
  // `safe` mode makes the processor fail on anything it would otherwise drop silently.
  const flattened = await jsonld.flatten(await jsonld.expand(doc, { documentLoader, safe: true }), undefined, {
    documentLoader,
    safe: true,
  });
  const nodes = (flattened["@graph"] ?? flattened) as Node[];
  return new Map(nodes.map((n) => [n["@id"]!, n]));
}

describe("toJsonLd expanded by the jsonld library, offline", () => {
  it("expands without loading any document", async () => {
    await expandedGraph();
    expect(loaderCalls).toEqual([]);
  });

  it("has the NewsArticle with headline, text, date, language, about and mentions", async () => {
    const graph = await expandedGraph();
    const node = graph.get("urn:kim-shoigu-2023:article:kim-shoigu-pyongyang-2023-07-27")!;
    expect(node["@type"]).toEqual([`${SCHEMA}NewsArticle`]);
    expect(values(node[`${SCHEMA}headline`])).toEqual([article.title.text]);
    expect(values(node[`${SCHEMA}text`])).toEqual([article.text]);
    expect(values(node[`${SCHEMA}datePublished`])).toEqual(["2023-07-27"]);
    expect(values(node[`${SCHEMA}inLanguage`])).toEqual(["en"]);
    expect(String(values(node[`${SCHEMA}backstory`])[0])).toMatch(/headline is editorial/);
    expect(ids(node[`${SCHEMA}about`])).toContain("urn:kim-shoigu-2023:entity:kim-jong-un");
    expect(ids(node[`${SCHEMA}mentions`]).length).toBe(new Set(article.mentions.map((m) => m.entityId)).size);
    for (const id of [...ids(node[`${SCHEMA}about`]), ...ids(node[`${SCHEMA}mentions`])])
      expect(graph.has(id), id).toBe(true);
  });

  it("types every entity by its entity type, with Wikidata sameAs where known", async () => {
    const graph = await expandedGraph();
    const expected = {
      person: "Person",
      organization: "Organization",
      country: "Country",
      city: "City",
      region: "Place",
      event: "Event",
      document: "CreativeWork",
      group: "Thing",
      weapon: "Thing",
      other: "Thing",
    };
    for (const entity of article.entities) {
      const node = graph.get(`urn:kim-shoigu-2023:entity:${entity.id}`)!;
      expect(node["@type"], entity.id).toEqual([`${SCHEMA}${expected[entity.type]}`]);
      expect(ids(node[`${SCHEMA}sameAs`])).toEqual(
        entity.wikidata ? [`https://www.wikidata.org/wiki/${entity.wikidata}`] : [],
      );
    }
    const types = new Set([...graph.values()].flatMap((n) => n["@type"] ?? []));
    for (const type of ["Person", "Organization", "Country", "City", "Event", "Place", "CreativeWork", "Thing"])
      expect(types).toContain(`${SCHEMA}${type}`);
  });

  it("has every claim as a Claim authored by its source, appearing in the article", async () => {
    const graph = await expandedGraph();
    for (const claim of article.claims) {
      const node = graph.get(`urn:kim-shoigu-2023:article:${article.id}:claim:${claim.id}`)!;
      expect(node["@type"]).toEqual([`${SCHEMA}Claim`]);
      expect(values(node[`${SCHEMA}text`])).toEqual([claim.content.text]);
      const source =
        "entityId" in claim.source
          ? `urn:kim-shoigu-2023:entity:${claim.source.entityId}`
          : `urn:kim-shoigu-2023:article:${article.id}:author`;
      expect(ids(node[`${VOCAB}source`])).toEqual([source]);
      // The author is whoever can author in schema.org: a country through its state actor, a group not at all.
      const sourceId = "entityId" in claim.source ? claim.source.entityId : undefined;
      const type = sourceId ? article.entities.find((e) => e.id === sourceId)!.type : "person";
      const expected = type === "country" ? [`${source}:state`] : type === "group" ? [] : [source];
      expect(ids(node[`${SCHEMA}author`]), claim.id).toEqual(expected);
      for (const id of [source, ...expected]) expect(graph.has(id), id).toBe(true);
      expect(ids(node[`${SCHEMA}appearance`])[0]).toBe(`urn:kim-shoigu-2023:article:${article.id}`);
      expect(values(node[`${VOCAB}polarity`])).toEqual([claim.polarity]);
      expect(values(node[`${VOCAB}factuality`])).toEqual([claim.factuality]);
    }
  });

  it("links quotes as Quotations spoken by the source, and the contradicting pair", async () => {
    const graph = await expandedGraph();
    const letter = graph.get(`urn:kim-shoigu-2023:article:${article.id}:claim:kcna-putin-letter`)!;
    const quotation = graph.get(ids(letter[`${SCHEMA}appearance`])[1]!)!;
    expect(quotation["@type"]).toEqual([`${SCHEMA}Quotation`]);
    expect(values(quotation[`${SCHEMA}text`])).toEqual(["warm and good letter"]);
    expect(ids(quotation[`${SCHEMA}spokenByCharacter`])).toEqual(["urn:kim-shoigu-2023:entity:kcna"]);
    const denial = graph.get(`urn:kim-shoigu-2023:article:${article.id}:claim:nk-denies-weapons-transfer`)!;
    expect(ids(denial[`${VOCAB}contradicts`])).toEqual([
      `urn:kim-shoigu-2023:article:${article.id}:claim:biden-admin-accuses-weapons-transfer`,
    ]);
  });

  it("converts to RDF N-Quads, also for a synthetic article", async () => {
    for (const doc of [toJsonLd(), toJsonLd(syntheticArticle())]) {
      const nquads = await jsonld.toRDF(doc, { format: "application/n-quads", documentLoader, safe: true });
      expect(nquads).toContain("<https://schema.org/Claim>");
    }
    expect(loaderCalls).toEqual([]);
  });
});
