/**
 * The real Mermaid parser for tests: `await parseMermaid(text)` resolves when mermaid accepts
 * the diagram and throws with mermaid's own message when it does not. It runs mermaid's parser
 * under jsdom (no browser), which checks flowchart, xychart-beta and quadrantChart syntax, and
 * mermaid's edge limit (500). Mermaid does not check its text-size limit while parsing (it draws
 * an error box when rendering instead), so this helper checks it too.
 *
 * Reuse it from any test: `import { parseMermaid } from '../helpers/mermaid.js'` (adjust the
 * path). The first call takes about a second (loading mermaid); later calls are fast.
 */
import { JSDOM } from 'jsdom';

/** Mermaid's default `maxTextSize`, which GitHub also uses. */
const MERMAID_MAX_TEXT_SIZE = 50_000;

type MermaidApi = {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<{ diagramType: string } | false>;
};

let loading: Promise<MermaidApi> | undefined;

function load(): Promise<MermaidApi> {
  loading ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    // Mermaid reads `window` and `document` while it loads and parses; jsdom provides them.
    if (g.window === undefined) {
      const dom = new JSDOM('<!doctype html><html><body></body></html>', {
        pretendToBeVisual: true,
      });
      g.window = dom.window;
      g.document = dom.window.document;
    }
    const { default: mermaid } = (await import('mermaid')) as unknown as { default: MermaidApi };
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return mermaid;
  })();
  return loading;
}

/** Resolve if Mermaid accepts `text`; throw with Mermaid's message otherwise. */
export async function parseMermaid(text: string): Promise<void> {
  if (text.length > MERMAID_MAX_TEXT_SIZE) {
    throw new Error(
      `Mermaid text is ${text.length} characters, over Mermaid's maxTextSize of ${MERMAID_MAX_TEXT_SIZE}; mermaid would draw an error box instead of the diagram`,
    );
  }
  const mermaid = await load();
  // With the default `suppressErrors: false` parse throws on invalid input rather than
  // returning false; the check below covers both.
  const result = await mermaid.parse(text);
  if (result === false) throw new Error('Mermaid rejected the diagram (parse returned false)');
}
