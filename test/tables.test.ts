import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toCsv, toJsonl, toTables } from "../src/formats/index.js";
import { TABLE_NAMES } from "../src/formats/tables.js";
import {
  ClaimSchema,
  EditorialNoteSchema,
  EntitySchema,
  MentionSchema,
  TimeExpressionSchema,
} from "../src/schema/index.js";
import { syntheticArticle } from "./support/synthetic.js";
import { repoRoot } from "./support/paths.js";

// The flat tables as a user loads them: the built files in dist/tables read by DuckDB (in
// process, auto-detecting every type as pandas or R would), then checked with SQL against the
// article text and against each other. DuckDB's substr counts code points while the offsets
// are UTF-16 code units: the two agree here because the text has no character outside the
// Basic Multilingual Plane, which the first test checks.

const dist = join(repoRoot, "dist");
let db: DuckDBInstance;
let sql: DuckDBConnection;
const rows = async (query: string) => (await sql.runAndReadAll(query)).getRowObjectsJson() as Record<string, unknown>[];
const count = async (query: string) => Number((await rows(`SELECT count(*) AS n FROM (${query})`))[0]!["n"]);

// Lists are JSON text in CSV and native lists in JSONL: both are brought to the same list types.
const LISTS: Record<string, Record<string, string>> = {
  entities: { aliases: '["VARCHAR"]', members: '["VARCHAR"]' },
  claims: {
    quotes: '[{"start":"BIGINT","end":"BIGINT","text":"VARCHAR"}]',
    about: '["VARCHAR"]',
    times: '["VARCHAR"]',
    relations: '[{"type":"VARCHAR","target":"VARCHAR"}]',
  },
};
const duckType = (shape: string) =>
  shape
    .replace(/\[(.*)\]/, "$1[]")
    .replace(/\{(.*)\}/, "STRUCT($1)")
    .replace(/"(\w+)":"(\w+)"/g, '"$1" $2')
    .replace(/"VARCHAR"/, "VARCHAR");

async function load(ext: "csv" | "jsonl") {
  for (const name of TABLE_NAMES) {
    const reader = ext === "csv" ? "read_csv_auto" : "read_json_auto";
    const lists = Object.entries(LISTS[name] ?? {});
    const replace = lists.map(([col, shape]) =>
      ext === "csv" ? `from_json(${col}, '${shape}') AS ${col}` : `CAST(${col} AS ${duckType(shape)}) AS ${col}`,
    );
    const select = replace.length > 0 ? `* REPLACE (${replace.join(", ")})` : "*";
    await sql.run(
      `CREATE OR REPLACE TABLE ${ext}_${name} AS SELECT ${select} ` +
        `FROM ${reader}('${join(dist, "tables", `${name}.${ext}`)}')`,
    );
  }
}

beforeAll(async () => {
  db = await DuckDBInstance.create(":memory:");
  sql = await db.connect();
  await sql.run(
    `CREATE TABLE doc AS SELECT content FROM read_text('${join(dist, "files", "brat", `${article.id}.txt`)}')`,
  );
  await load("csv");
  await load("jsonl");
}, 60_000);

afterAll(() => {
  sql?.closeSync();
  db?.closeSync();
});

describe("the flat tables", () => {
  it("cover every field of every record schema", () => {
    const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const columnsOf = (name: (typeof TABLE_NAMES)[number]) => toTables()[name].columns.map((c) => c.name);
    const schemas = {
      entities: EntitySchema,
      mentions: MentionSchema,
      claims: ClaimSchema,
      times: TimeExpressionSchema,
      notes: EditorialNoteSchema,
    };
    for (const [name, schema] of Object.entries(schemas) as [(typeof TABLE_NAMES)[number], { shape: object }][]) {
      const columns = columnsOf(name);
      for (const key of Object.keys(schema.shape)) {
        const covered =
          key === "span"
            ? ["start", "end", "text"]
            : columns.filter((c) => c === snake(key) || c.startsWith(`${snake(key)}_`));
        expect(covered.every((c) => columns.includes(c)) && covered.length > 0, `${name}.${key}`).toBe(true);
      }
    }
  });

  it("hold one row per record, for the shipped and a synthetic article", () => {
    for (const doc of [article, syntheticArticle()]) {
      const tables = toTables(doc);
      for (const name of TABLE_NAMES) {
        expect(tables[name].rows).toHaveLength(doc[name].length);
        expect(
          toCsv(tables[name])
            .split("\n")
            .filter((l) => l !== "").length,
        ).toBeGreaterThanOrEqual(doc[name].length + 1);
        expect(
          toJsonl(tables[name])
            .split("\n")
            .filter((l) => l !== "")
            .map((l) => JSON.parse(l) as unknown),
        ).toEqual(tables[name].rows);
      }
    }
  });

  it("index a text that DuckDB counts as the JavaScript string does (no character outside the BMP)", async () => {
    expect(/[\u{10000}-\u{10FFFF}]/u.test(article.text)).toBe(false);
    expect(await rows("SELECT length(content) AS n FROM doc")).toEqual([{ n: String(article.text.length) }]);
  });

  it("are read by DuckDB with the documented column types", async () => {
    const duck = { integer: "BIGINT", boolean: "BOOLEAN", string: "VARCHAR" } as const;
    for (const name of TABLE_NAMES) {
      const described = await rows(`DESCRIBE SELECT * FROM read_csv_auto('${join(dist, "tables", `${name}.csv`)}')`);
      const detected = Object.fromEntries(described.map((r) => [r["column_name"], r["column_type"]]));
      for (const column of toTables()[name].columns) {
        // A nullable column that is empty in every row is detected as VARCHAR whatever it holds.
        if (column.type === "json") expect(detected[column.name], `${name}.${column.name}`).toBe("VARCHAR");
        else expect([duck[column.type], "VARCHAR"], `${name}.${column.name}`).toContain(detected[column.name]);
      }
    }
  });

  it("are the same data as CSV and as JSONL", async () => {
    for (const name of TABLE_NAMES) {
      expect(await count(`SELECT * FROM csv_${name} EXCEPT ALL SELECT * FROM jsonl_${name}`), name).toBe(0);
      expect(await count(`SELECT * FROM jsonl_${name} EXCEPT ALL SELECT * FROM csv_${name}`), name).toBe(0);
      expect(await count(`SELECT * FROM csv_${name}`), name).toBe(article[name].length);
    }
  });

  describe.each(["csv", "jsonl"])("as %s, checked with SQL", (ext) => {
    const t = (name: string) => `${ext}_${name}`;
    const slice = (start: string, end: string) => `substr((SELECT content FROM doc), ${start} + 1, ${end} - ${start})`;

    it("reproduce the text: every span's text is the text between its offsets", async () => {
      for (const name of ["mentions", "times", "notes"]) {
        expect(
          await count(`SELECT * FROM ${t(name)} WHERE ${slice("start", '"end"')} IS DISTINCT FROM text`),
          name,
        ).toBe(0);
      }
      expect(
        await count(
          `SELECT * FROM ${t("claims")} WHERE ${slice("content_start", "content_end")} IS DISTINCT FROM content_text`,
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT * FROM ${t("claims")} WHERE cue_start IS NOT NULL ` +
            `AND ${slice("cue_start", "cue_end")} IS DISTINCT FROM cue_text`,
        ),
      ).toBe(0);
      expect(await count(`SELECT * FROM ${t("claims")} WHERE (cue_start IS NULL) <> (cue_text IS NULL)`)).toBe(0);
      const quotes = `SELECT unnest(quotes) AS q, content_start, content_end FROM ${t("claims")}`;
      expect(await count(quotes)).toBe(article.claims.reduce((n, c) => n + c.quotes.length, 0));
      expect(
        await count(
          `SELECT * FROM (${quotes}) WHERE ${slice("q.start", "q.end")} IS DISTINCT FROM q.text ` +
            "OR q.start < content_start OR q.end > content_end",
        ),
      ).toBe(0);
    });

    it("resolve every reference by a join", async () => {
      const dangling = async (ids: string, table: string) =>
        count(`SELECT id FROM (${ids}) AS r(id) WHERE id IS NOT NULL AND id NOT IN (SELECT id FROM ${t(table)})`);
      expect(await dangling(`SELECT entity_id FROM ${t("mentions")}`, "entities")).toBe(0);
      for (const col of ["part_of", "member_of"])
        expect(await dangling(`SELECT ${col} FROM ${t("entities")}`, "entities"), col).toBe(0);
      expect(await dangling(`SELECT unnest(members) FROM ${t("entities")}`, "entities")).toBe(0);
      expect(await dangling(`SELECT source_entity_id FROM ${t("claims")}`, "entities")).toBe(0);
      expect(await dangling(`SELECT unnest(about) FROM ${t("claims")}`, "entities")).toBe(0);
      expect(await dangling(`SELECT unnest(times) FROM ${t("claims")}`, "times")).toBe(0);
      expect(await dangling(`SELECT nested_in FROM ${t("claims")}`, "claims")).toBe(0);
      expect(await dangling(`SELECT unnest(relations).target FROM ${t("claims")}`, "claims")).toBe(0);
      expect(await dangling(`SELECT anchor FROM ${t("times")}`, "times")).toBe(0);
      // A source mention joins to a mention of the claim's source entity.
      const sourced = await rows(`SELECT c.id, m.entity_id = c.source_entity_id AS same FROM ${t("claims")} c
        LEFT JOIN ${t("mentions")} m ON m.id = c.source_mention_id WHERE c.source_mention_id IS NOT NULL`);
      expect(sourced.length).toBe(article.claims.filter((c) => c.sourceMention).length);
      expect(sourced.filter((r) => r["same"] !== true)).toEqual([]);
      expect(await count(`SELECT * FROM ${t("claims")} WHERE source_is_author = (source_entity_id IS NOT NULL)`)).toBe(
        0,
      );
    });

    it("give each entity its number of mentions and claims", async () => {
      const perEntity = await rows(`SELECT e.id, count(DISTINCT m.id) AS mentions, count(DISTINCT c.id) AS claims
        FROM ${t("entities")} e LEFT JOIN ${t("mentions")} m ON m.entity_id = e.id
        LEFT JOIN ${t("claims")} c ON c.source_entity_id = e.id
        GROUP BY e.id`);
      const expected = article.entities.map((e) => ({
        id: e.id,
        mentions: String(article.mentions.filter((m) => m.entityId === e.id).length),
        claims: String(article.claims.filter((c) => "entityId" in c.source && c.source.entityId === e.id).length),
      }));
      expect(perEntity.sort((a, b) => String(a["id"]).localeCompare(String(b["id"])))).toEqual(
        expected.sort((a, b) => a.id.localeCompare(b.id)),
      );
    });
  });
});
