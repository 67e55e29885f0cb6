import type { AllScores } from "../score-all.js";

interface Rate {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
}

const pct = (x: number) => (Number.isNaN(x) ? "n/a" : (100 * x).toFixed(1));
const row = (name: string, cells: readonly string[]) =>
  `<tr><th scope="row">${name}</th>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
const prf = (name: string, s: Rate) => row(name, [pct(s.recall), pct(s.precision), pct(s.f1)]);
const accuracy = (name: string, compared: number, value: number) =>
  row(name, ["", "", compared ? `${pct(value)} acc.` : "n/a"]);

/** The summary table of the error page: recall, precision and F1 in percent (labels: accuracy). */
export function summaryTable(s: AllScores): string {
  const a = s.attribution;
  const rows = [
    prf("mentions (exact)", s.mentions.exact),
    prf("mentions (overlap)", s.mentions.overlap),
    prf("coreference MUC", s.coreference.muc),
    prf("coreference B³", s.coreference.bcub),
    prf("coreference CEAF-e", s.coreference.ceafe),
    row("coreference CoNLL", ["", "", pct(s.coreference.conll.f1)]),
    prf("claim source (exact)", a.source.exact),
    prf("claim cue (exact)", a.cue.exact),
    prf("claim content (exact)", a.content.exact),
    prf("claim content (overlap)", a.content.overlap),
    accuracy("claim factuality", a.factuality.compared, a.factuality.accuracy),
    accuracy("claim polarity", a.polarity.compared, a.polarity.accuracy),
    accuracy("claim quote type", a.quote.compared, a.quote.accuracy),
    prf("times (overlap)", s.times.overlap),
    accuracy("time values", s.times.valuesCompared, s.times.valueAccuracy),
  ];
  const head = ["score", "R", "P", "F1"].map((h) => `<th scope="col">${h}</th>`).join("");
  return `<table class="scores"><thead><tr>${head}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}
