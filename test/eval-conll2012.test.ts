import { describe, expect, it } from "vitest";
import { mentionKey } from "../src/eval/mention-key.js";
import { pairDocuments } from "../src/eval/pair-documents.js";
import { LocatedError } from "../src/errors.js";
import { Conll2012ParseError, parseConll2012 } from "../src/eval/parse-conll2012.js";
import { readFixture } from "./support/coreference-scoring.js";

describe("parseConll2012", () => {
  const document = (...lines: string[]) =>
    ["#begin document (test); part 000", ...lines, "#end document", ""].join("\n");

  it("reads the reference key file TC-A.key", () => {
    const documents = parseConll2012(readFixture("DataFiles/TC-A.key"));
    expect(documents).toEqual([
      {
        name: "(LuoTestCase); ",
        clusters: [["0-1"], ["3-6", "9-9"], ["11-12", "14-14", "16-18"]],
        tokenCount: 20,
        beginLine: 1,
        endLine: 23, // the fixture's "#end document" line
      },
    ]);
  });

  it("reads the documented example", () => {
    const [doc] = parseConll2012(
      "#begin document (d); part 000\nd\t0\t0\tJohn\t(0)\nd\t0\t1\tsaw\t-\nd\t0\t2\thimself\t(0)\n#end document\n",
    );
    expect(doc?.clusters).toEqual([[mentionKey(0, 0), mentionKey(2, 2)]]);
  });

  it("reads joined, nested and one-token annotations, as the reference scorer orders them", () => {
    const [doc] = parseConll2012(
      document(
        "t\t(0|(1)", // one-token mentions are read first: entity 1 gets the first chain
        "",
        "t\t(1",
        "t\t(0)|1)",
        "t\t-",
        "t\t(1(1", // nested mentions of one entity: ends close the latest start
        "t\t1)|0)|(2+3)", // double antecedents are discarded
        "t\t_",
        "t\t1)",
      ),
    );
    expect(doc?.clusters).toEqual([
      ["0-0", "1-2", "4-5", "4-7"],
      ["2-2", "0-5"],
    ]);
    expect(doc?.tokenCount).toBe(8);
  });

  it("uses the last tab-separated column, or the last whitespace-separated one", () => {
    const [doc] = parseConll2012(
      document("a\tb (9)\t(1)\t", "nw/xinhua/00/chtb_0009 (1", "nw/xinhua/00/chtb_0009 1)\r"),
    );
    expect(doc?.clusters).toEqual([["0-0", "1-2"]]);
  });

  it("reads several documents and pairs them by name", () => {
    const key = parseConll2012(
      "#begin document a\nx\t(1)\n#end document\n#begin document b\nx\t(2\nx\t2)\n#end document\n",
    );
    const response = parseConll2012("#begin document b\nx\t(5)\nx\t-\n#end document\n");
    expect(pairDocuments(key, response)).toEqual([
      { name: "a", key: [["0-0"]], response: [] },
      { name: "b", key: [["0-1"]], response: [["0-0"]] },
    ]);
  });

  const malformed: [string, string, number, RegExp][] = [
    ["an end without a start", document("t\t-", "t\t3)"), 3, /entity 3 ends at token 1 but was never started/],
    [
      "an unclosed mention",
      document("t\t(4", "t\t-"),
      2,
      /entity 4 starts at token 0 but is not closed before #end document \(line 4\)/,
    ],
    ["a missing #end document", "#begin document a\nt\t(1)\n", 1, /document "a" has no #end document/],
    [
      "a nested #begin document",
      "#begin document a\nt\t-\n#begin document b\n",
      3,
      /#begin document inside document "a"/,
    ],
    ["a token line outside documents", "t\t(1)\n", 1, /token line outside/],
    [
      "a stray #end document",
      "#begin document a\n#end document\n#end document\n",
      3,
      /without a matching #begin document/,
    ],
    ["an unnamed document", "#begin document\n", 1, /without a document name/],
    [
      "a repeated document name",
      "#begin document a\n#end document\n#begin document a\n#end document\n",
      3,
      /already begun at line 1/,
    ],
    ["an unrecognised annotation", document("t\t(1)", "t\t(x)"), 3, /unrecognised coreference annotation "\(x\)"/],
  ];
  for (const [problem, text, line, message] of malformed) {
    it(`rejects ${problem}, naming line ${line}`, () => {
      let error: unknown;
      try {
        parseConll2012(text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(Conll2012ParseError);
      expect((error as Conll2012ParseError).line).toBe(line);
      expect(error).toBeInstanceOf(LocatedError);
      expect((error as LocatedError).location).toBe(`CoNLL-2012 line ${line}`);
      expect((error as Error).message).toMatch(new RegExp(`^CoNLL-2012 line ${line}: `));
      expect((error as Error).message).toMatch(message);
    });
  }
});
