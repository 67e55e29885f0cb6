import { measureScoring, renderScoringSection } from "/work/wt-reliab/scripts/lib/bench-scoring.js";
console.log(renderScoringSection(measureScoring("/work/wt-reliab/dist")));
