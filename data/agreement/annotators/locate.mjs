// Resolves {text, occurrence} spans against the article into {start, end, text} offsets.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
const text = readFileSync(new URL("./article.txt", import.meta.url), "utf8");
const [inFile, outFile] = process.argv.slice(2);
if (!inFile || !outFile) { console.error("usage: node locate.mjs IN.json OUT.json"); process.exit(2); }
const input = JSON.parse(readFileSync(inFile, "utf8"));
const problems = [];
function locate(span, where) {
  if (span === null || span === undefined) return null;
  const { text: words, occurrence = 1 } = span;
  if (typeof words !== "string" || words.length === 0) { problems.push(`${where}: no text`); return null; }
  let at = -1;
  for (let n = 0; n < occurrence; n++) { at = text.indexOf(words, at + 1); if (at < 0) break; }
  if (at < 0) { problems.push(`${where}: occurrence ${occurrence} of ${JSON.stringify(words)} not found`); return null; }
  return { start: at, end: at + words.length, text: words };
}
const out = { textSha256: createHash("sha256").update(text).digest("hex") };
out.mentions = (input.mentions ?? []).map((m, i) => ({ ...locate(m, `mentions[${i}]`), type: m.type, cluster: m.cluster }));
out.claims = (input.claims ?? []).map((c, i) => {
  const r = { source: locate(c.source, `claims[${i}].source`), cue: locate(c.cue, `claims[${i}].cue`),
    content: locate(c.content, `claims[${i}].content`), factuality: c.factuality, polarity: c.polarity, quote: c.quote };
  return r;
});
out.times = (input.times ?? []).map((t, i) => ({ ...locate(t, `times[${i}]`), type: t.type, value: t.value }));
if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
writeFileSync(outFile, JSON.stringify(out, null, 2) + "\n");
console.log(`ok: ${out.mentions.length} mentions, ${out.claims.length} claims, ${out.times.length} times`);
