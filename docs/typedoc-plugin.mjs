// @ts-check
/**
 * Local TypeDoc plugin for the documentation site:
 * - headings keep their inline code in "On This Page" and in their anchors (TypeDoc reads a
 *   heading's text from its text tokens only, so "Flat tables: `toTables`" became "Flat tables: ");
 * - each guide is titled by its own first heading instead of its file name;
 * - the front page does not repeat the project name, which the site already shows as its title.
 */
import { Application, Converter, ReflectionKind, Renderer } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  titles(app);
  // Set once the options are read: reading them resets every value a plugin set while loading.
  app.on(Application.EVENT_BOOTSTRAP_END, () => app.options.setValue("markdownItLoader", codeInHeadings));
}

/** @param {any} parser */
function codeInHeadings(parser) {
  parser.core.ruler.push("heading-code-text", (/** @type {any} */ state) => {
    for (let i = 1; i < state.tokens.length; i++) {
      if (state.tokens[i - 1].type !== "heading_open") continue;
      for (const child of state.tokens[i].children ?? []) {
        if (child.type !== "code_inline") continue;
        // The renderer prints a code token from its content; the heading's text is read from children.
        const text = new state.Token("text", "", 0);
        text.content = child.content;
        child.children = [text];
      }
    }
  });
}

/** @param {import("typedoc").Application} app */
function titles(app) {
  // Guides are renamed once pages have their addresses, so that each keeps the URL of its file.
  app.renderer.on(Renderer.EVENT_BEGIN, (event) => {
    for (const document of event.project.getReflectionsByKind(ReflectionKind.Document)) {
      const first = /** @type {import("typedoc").DocumentReflection} */ (document).content[0];
      const title = first?.kind === "text" ? /^# (.+)$/m.exec(first.text)?.[1] : undefined;
      if (title) document.name = title.replace(/`/g, "");
    }
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const readme = project.readme?.[0];
    if (readme?.kind === "text") {
      const heading = `# ${project.name}\n`;
      if (readme.text.startsWith(heading)) readme.text = readme.text.slice(heading.length).replace(/^\n+/, "");
    }
  });
}
