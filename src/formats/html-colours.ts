/**
 * The entity colours of the HTML page. The compiler writes one `.ent-c<n>` rule per colour into
 * the page's style sheet (src/formats/viewer/page.css); html-view.ts numbers the entities.
 * @module
 */

/**
 * Entity colours, distinct from each other on white, on the claim tints and as a light tint
 * behind text. Mentions of one entity share the class `ent-c<n>`; the page numbers entities by
 * how often they are mentioned, so the most mentioned ones get distinct colours.
 */
export const ENTITY_COLOURS = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#8c564b",
  "#e69f00",
  "#56b4e9",
  "#9467bd",
  "#bcbd22",
  "#17becf",
  "#d62728",
  "#7f7f7f",
  "#393b79",
  "#637939",
] as const;
