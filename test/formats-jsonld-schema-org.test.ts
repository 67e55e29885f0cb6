import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { toJsonLd } from "../src/formats/index.js";
import { JSON_LD_CONTEXT } from "../src/formats/jsonld.js";
import { repoRoot } from "./support/paths.js";
import { DATA_TYPES, loadVocabulary } from "./support/schema-org-vocabulary.js";
import { syntheticArticle } from "./support/synthetic.js";

// The JSON-LD export against schema.org itself: (1) every property of every node, after
// expansion, within the domain and range schema.org gives it (read from schema-dts, which is
// generated from schema.org's definitions); (2) every node, with the dataset's own terms set
// aside, assignable to schema-dts's `Thing`, once as exported and once with each reference
// replaced by a node of the referenced node's type, so that the type checker sees the ranges.

const SCHEMA = "https://schema.org/";
const VOCAB = "urn:kim-shoigu-2023:vocab:";
const vocabulary = loadVocabulary();
const offline = {
  documentLoader: async (url: string): Promise<never> => Promise.reject(new Error(`fetch ${url}`)),
  safe: true,
};

type Expanded = Record<string, unknown> & { "@id": string; "@type"?: string[] };
type Value = { "@id"?: string; "@value"?: unknown; "@type"?: string };

async function flatGraph(doc: object): Promise<Expanded[]> {
  const flat = (await jsonld.flatten(await jsonld.expand(doc, offline), undefined, offline)) as {
    "@graph"?: Expanded[];
  };
  return flat["@graph"] ?? (flat as unknown as Expanded[]);
}

/** Every use of a schema.org term outside its definition, as "node property: problem". */
async function schemaOrgProblems(doc: object): Promise<string[]> {
  const graph = await flatGraph(doc);
  const typesOf = new Map(graph.map((n) => [n["@id"], (n["@type"] ?? []).map((t) => t.replace(SCHEMA, ""))]));
  const problems: string[] = [];
  for (const node of graph) {
    const types = typesOf.get(node["@id"])!;
    if (types.length === 0) problems.push(`${node["@id"]}: no @type`);
    for (const t of types) if (!vocabulary.isType(t)) problems.push(`${node["@id"]}: ${t} is not a schema.org type`);
    for (const [key, values] of Object.entries(node)) {
      if (key.startsWith("@") || key.startsWith(VOCAB)) continue;
      const property = key.replace(SCHEMA, "");
      const where = `${node["@id"]} ${property}`;
      if (property === key) {
        problems.push(`${where}: neither schema.org nor the dataset's vocabulary`);
        continue;
      }
      const ranges = types.map((t) => vocabulary.range(t, property)).filter((r) => r !== undefined);
      if (ranges.length === 0) {
        problems.push(`${where}: outside the domain of ${property}`);
        continue;
      }
      const range = ranges.flat();
      for (const value of values as Value[]) {
        if (value["@id"] !== undefined) {
          const targetTypes = typesOf.get(value["@id"]);
          // A reference to a node outside the graph is a URL (sameAs a Wikidata page).
          const ok = targetTypes
            ? targetTypes.some((t) => range.some((r) => vocabulary.isA(t, r)))
            : range.includes("URL") && /^[a-z][a-z0-9+.-]*:/i.test(value["@id"]);
          if (!ok)
            problems.push(
              `${where}: ${targetTypes?.join("/") ?? value["@id"]} is outside the range ${range.join(" | ")}`,
            );
        } else {
          const literalTypes = range.filter((r) => DATA_TYPES.some((d) => vocabulary.isA(d, r)) && r !== "URL");
          if (literalTypes.length === 0) problems.push(`${where}: a literal where the range is ${range.join(" | ")}`);
          // A URL range admits text, but an IRI written as a string is then read as text, not as a link.
          if (range.includes("URL") && /^[a-z][a-z0-9+.-]*:\S+$/.test(String(value["@value"]))) {
            problems.push(`${where}: a literal where an IRI is meant (${String(value["@value"])})`);
          }
          if (literalTypes.every((r) => r === "Date") && !/^\d{4}-\d{2}-\d{2}$/.test(String(value["@value"]))) {
            problems.push(`${where}: ${String(value["@value"])} is not a Date`);
          }
        }
      }
    }
  }
  return problems;
}

describe("the JSON-LD export within schema.org's definitions", () => {
  it("uses every schema.org property within its domain and range, and types every node", async () => {
    expect(await schemaOrgProblems(toJsonLd())).toEqual([]);
    expect(await schemaOrgProblems(toJsonLd(syntheticArticle()))).toEqual([]);
  });

  it("would catch the misuses it replaced", async () => {
    // The context of the export before additionalType was declared an IRI.
    const { additionalType: _iri, ...context } = JSON_LD_CONTEXT;
    const broken = {
      "@context": context,
      "@graph": [
        { "@id": "urn:x:country", "@type": "Country", name: "A" },
        { "@id": "urn:x:claim", "@type": "Claim", text: "t", author: { "@id": "urn:x:country" } },
        { "@id": "urn:x:quote", "@type": "Quotation", spokenByCharacter: { "@id": "urn:x:country" } },
        { "@id": "urn:x:org", "@type": "Organization", parentOrganization: { "@id": "urn:x:country" } },
        { "@id": "urn:x:group", "@type": "Thing", memberOf: { "@id": "urn:x:org" }, additionalType: "urn:x:Group" },
        { "@id": "urn:x:author", name: "someone" },
      ],
    };
    const problems = await schemaOrgProblems(broken);
    for (const expected of [
      "urn:x:claim author: Country is outside the range Organization | Person",
      "urn:x:quote spokenByCharacter: Country is outside the range Organization | Person",
      "urn:x:org parentOrganization: Country is outside the range Organization",
      "urn:x:group memberOf: outside the domain of memberOf",
      "urn:x:author: no @type",
    ]) {
      expect(problems).toContain(expected);
    }
    expect(problems).toContain("urn:x:group additionalType: a literal where an IRI is meant (urn:x:Group)");
  });

  it("models the countries that act as state actors linked to their country", async () => {
    const graph = await flatGraph(toJsonLd());
    const state = graph.find((n) => n["@id"] === "urn:kim-shoigu-2023:entity:north-korea:state")!;
    expect(state["@type"]).toEqual([`${SCHEMA}GovernmentOrganization`]);
    expect(state[`${SCHEMA}areaServed`]).toEqual([{ "@id": "urn:kim-shoigu-2023:entity:north-korea" }]);
    const media = graph.find((n) => n["@id"] === "urn:kim-shoigu-2023:entity:north-korean-state-media")!;
    expect(media[`${SCHEMA}parentOrganization`]).toEqual([{ "@id": state["@id"] }]);
  });
});

// The nodes as TypeScript sees them: compact JSON-LD minus the dataset's own terms.
function tsNodes(stubReferences: boolean): unknown[] {
  const doc = toJsonLd();
  const own = new Set(
    Object.entries(JSON_LD_CONTEXT)
      .filter(([, v]) => JSON.stringify(v).includes('"ks:'))
      .map(([k]) => k),
  );
  const typeOf = new Map(doc["@graph"].map((n) => [n["@id"], n["@type"]]));
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== "object") return value;
    const entries = Object.entries(value).filter(([k]) => !own.has(k) && !k.startsWith("ks:"));
    const id = (value as { "@id"?: string })["@id"];
    if (stubReferences && entries.length === 1 && id !== undefined && typeOf.has(id)) {
      return { "@type": typeOf.get(id), "@id": id };
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, strip(v)]));
  };
  return doc["@graph"].map(strip);
}

// Type-checks a module in a folder inside the repository, so that it resolves schema-dts.
function typecheck(source: string) {
  mkdirSync(join(repoRoot, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, ".tmp", "schema-dts-"));
  try {
    writeFileSync(join(dir, "nodes.ts"), `import type { Thing } from "schema-dts";\n${source}\n`);
    const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const options = [
      "--noEmit",
      "--strict",
      "--target",
      "es2022",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
    ];
    const result = spawnSync(process.execPath, [tsc, ...options, join(dir, "nodes.ts")], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the JSON-LD export against schema-dts typings", () => {
  it("has every node assignable to Thing, also with references typed by their targets", () => {
    const body = [false, true].map(
      (stub, i) => `export const nodes${i}: Thing[] = ${JSON.stringify(tsNodes(stub), null, 1)};`,
    );
    // The same check rejects a Claim authored by a Country: were it accepted, the directive
    // would be an error.
    const bad = { "@type": "Claim", "@id": "urn:x", author: { "@type": "Country", "@id": "urn:y" } };
    const directive = "// @ts-expect-error a Country cannot author a Claim";
    const control = `${directive}\nexport const bad: Thing = ${JSON.stringify(bad)};`;
    expect(typecheck([...body, control].join("\n"))).toEqual({ status: 0, output: "" });
    expect(typecheck(`export const bad: Thing = ${JSON.stringify(bad)};`).status).not.toBe(0);
  }, 240_000);
});
