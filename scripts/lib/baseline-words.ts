/**
 * The word lists of the example baseline (scripts/example-baseline.ts): general knowledge of
 * English and of the region, not read from the annotation.
 */
export const DEMONYMS = new Map([
  ["North Korean", "North Korea"],
  ["South Korean", "South Korea"],
  ["Russian", "Russia"],
  ["Chinese", "China"],
  ["American", "United States"],
  ["Ukrainian", "Ukraine"],
  ["Japanese", "Japan"],
]);
export const COUNTRIES = new Set([
  "North Korea",
  "South Korea",
  "Russia",
  "China",
  "United States",
  "U.S.",
  "Ukraine",
  "Japan",
]);
export const CITIES = new Set(["Pyongyang", "Seoul", "Moscow", "Beijing", "Washington", "Kyiv", "Tokyo"]);
export const ORGANIZATION_WORDS = new Set([
  "Agency",
  "Party",
  "Ministry",
  "Army",
  "Council",
  "Committee",
  "Union",
  "News",
  "Media",
]);
export const EVENT_WORDS = new Set(["War", "Olympics", "Summit"]);
export const ORGANIZATION_HEADS = ["administration", "government", "ministry"];
// Capitalised words that do not start or belong to a name.
export const FUNCTION_WORDS = new Set([
  "A",
  "An",
  "The",
  "This",
  "That",
  "These",
  "Those",
  "According",
  "Regarding",
  "However",
  "Along",
  "In",
  "On",
  "At",
  "As",
  "But",
  "And",
  "For",
  "With",
  "Despite",
  "After",
  "Before",
  "While",
  "When",
  "Where",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
]);
export const TITLES = new Set(["President", "Minister", "Leader", "General", "Chairman", "Secretary", "Prime"]);
export const CALENDAR = new Set([
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "GMT",
  "UTC",
  "EST",
  "EDT",
]);
export const PRONOUNS = new Set(["he", "him", "his", "she", "her", "they", "them", "their", "its"]);
export const SINGULAR_PRONOUNS = new Set(["he", "him", "his", "she", "her"]);
export const PRONOUN_PATTERN = new RegExp(`\\b(?:${[...PRONOUNS].join("|")})\\b`, "giu");
// A capitalised word: an abbreviation of capital letters with full stops (U.S.), or a word starting with a capital.
const NAME_WORD = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*`;
export const NAME_RUN = new RegExp(`(?:${NAME_WORD})(?: (?:${NAME_WORD}))*`, "gu");
