import { writeFileSync } from "node:fs";
import { article } from "../src/generated/article.js";
import { readBlindAnnotations } from "./lib/blind-annotations.js";
import { majorityDisagreements } from "./lib/majority-disagreements.js";
const d = majorityDisagreements(article, readBlindAnnotations(".", article));
writeFileSync("/tmp/agree/disagreements.json", JSON.stringify(d, null, 2));
d.forEach((x, i) => console.log(i + 1, x.layer, "|", x.first.slice(0, 90), "|", x.second.slice(0, 110)));
