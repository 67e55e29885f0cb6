import { toHtml } from "../src/formats/html.js";
const h = toHtml();
console.log((h.match(/contested/g) ?? []).length);
console.log(h.split("\n").filter((l) => l.includes("Contested") || l.includes("class=\"claim contested")).slice(0, 4).join("\n").slice(0, 1500));
console.log(h.match(/<span class="mention[^"]*contested[^>]*>/)?.[0]);
