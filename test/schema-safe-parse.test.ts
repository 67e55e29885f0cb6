import { describe, expect, it } from "vitest";
import { safeParseArticle } from "../src/schema/index.js";
import { article } from "../src/generated/article.js";

const hostile = (): [string, unknown][] => {
  const copy = JSON.parse(JSON.stringify(article)) as { mentions: object[] };
  Object.defineProperty(copy.mentions[3], "span", {
    enumerable: true,
    get: () => {
      throw new Error("span getter");
    },
  });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const throwingTraps = new Proxy(
    {},
    {
      get: () => {
        throw new Error("get trap");
      },
      ownKeys: () => {
        throw new Error("ownKeys trap");
      },
      getOwnPropertyDescriptor: () => {
        throw new Error("descriptor trap");
      },
    },
  );
  const unprintable = {
    get message(): string {
      throw new Error("again");
    },
  };
  return [
    [
      "a throwing getter at the root",
      {
        get id(): string {
          throw new Error("id getter");
        },
      },
    ],
    ["a throwing getter deep inside an otherwise valid article", copy],
    ["a Proxy whose traps throw", throwingTraps],
    ["a revoked Proxy", revocable.proxy],
    [
      "a getter that throws a non-Error",
      {
        get id(): string {
          throw 42;
        },
      },
    ],
    [
      "a getter that throws an object with a throwing message",
      {
        get id(): string {
          throw Object.assign(new Error("x"), unprintable);
        },
      },
    ],
  ];
};

describe("safeParseArticle never throws", () => {
  it.each(hostile())("on %s: a failed result with one issue at the root", (_name, input) => {
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatchObject({
      path: [],
      message: expect.stringMatching(/^the input cannot be read: \S/),
    });
    // Printing the error does not read the hostile input again.
    expect(() => String(result.error.message)).not.toThrow();
  });

  it("still accepts the article and rejects an ordinary invalid one with its paths", () => {
    expect(safeParseArticle(article).success).toBe(true);
    const result = safeParseArticle({ ...article, id: 5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("id");
  });
});
