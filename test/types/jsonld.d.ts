// Minimal typings for the parts of the `jsonld` package the tests use (it ships no types).
declare module "jsonld" {
  type RemoteDocument = { contextUrl: string | null; documentUrl: string; document: unknown };
  interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    format?: "application/n-quads";
    safe?: boolean;
  }
  const jsonld: {
    expand(input: unknown, options?: Options): Promise<Record<string, unknown>[]>;
    flatten(input: unknown, context?: unknown, options?: Options): Promise<Record<string, unknown>>;
    toRDF(input: unknown, options?: Options): Promise<string>;
  };
  export default jsonld;
}
