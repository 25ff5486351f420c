/**
 * The HTML review over hostile maps: whatever a map holds, the document has no script, no event
 * handler, no element the markdown did not ask for, no remote reference; its links resolve; every
 * diagram is drawn in; and raw HTML stays text. (That a real browser runs nothing and loads
 * nothing is tested end to end in test/report-html.test.ts.)
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { AS_OF, fuzzOptions } from '../../test/fixtures/hostile-inputs/arbitraries.js';
import { validAccountMap } from '../../test/helpers/valid-maps.js';
import type { AccountMap } from '../model/account-map.js';
import { scorePortfolio } from '../score/portfolio.js';
import { isGeneratedHtml } from './account.js';
import {
  CONTENT_SECURITY_POLICY,
  diagramKey,
  mermaidBlocks,
  reviewHtml,
  uniqueSvgIds,
} from './html.js';
import { composeReports, prepareReports } from './index.js';

/** What a rendered diagram looks like to the composer: Mermaid's root id, used by its style. */
const FAKE_SVG =
  '<svg id="my-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>#my-svg{fill:#333}</style><g><text>drawn</text></g></svg>';

/** Elements the markdown review may become, and what an inline SVG holds. */
const ALLOWED = new Set([
  ...['html', 'head', 'meta', 'title', 'style', 'body', 'main'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'input', 'blockquote', 'hr'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'del', 'code', 'pre', 'a'],
  ...['br', 'figure', 'svg', 'g', 'text'],
]);

function documentsFor(maps: AccountMap[], layout: 'document' | 'directory') {
  const entries = maps.map((map, i) => ({ file: `m${i}.acctmap.yaml`, map }));
  const score = scorePortfolio(entries, { by: 'revenue', asOf: AS_OF });
  const prepared = prepareReports({
    maps: entries,
    findings: [],
    asOf: AS_OF,
    ...(score.ok ? { score: score.portfolio } : {}),
  });
  const files = composeReports(prepared, { layout, extension: 'html' });
  const svgs = new Map(files.flatMap((f) => mermaidBlocks(f.content)).map((m) => [m, FAKE_SVG]));
  // Every diagram the reviews show is one the run prepared (the charts of a portfolio aside,
  // which a one-account folder shows in its index).
  const prepared_ = new Set(prepared.diagrams.map((d) => diagramKey(d.mermaid)));
  for (const m of svgs.keys())
    if (!/^(xychart-beta|quadrantChart)/.test(m)) expect(prepared_.has(m)).toBe(true);
  return files.map((f) => ({
    path: f.path,
    markdown: f.content,
    html: reviewHtml(f.content, { svgs, pageSize: 'A4', generator: 'acctmap 9.9.9' }),
  }));
}

function problems(html: string, files: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const { document } = new JSDOM(html).window;
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (!ALLOWED.has(tag)) found.push(`element <${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) found.push(`handler ${attr} on <${tag}>`);
      if (/^(src|srcset|xlink:href|action|formaction|poster|background)$/i.test(attr))
        found.push(`${attr} on <${tag}>`);
    }
  }
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    if (href.startsWith('#')) {
      if (!document.getElementById(decodeURIComponent(href.slice(1))))
        found.push(`link to a missing anchor ${href}`);
    } else if (!/^(https?:\/\/|mailto:)/.test(href) && !files.has(href.split('#')[0]!)) {
      found.push(`link to ${href}`);
    }
  }
  if (document.querySelector('code.language-mermaid')) found.push('a diagram left as code');
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  if (csp?.getAttribute('content') !== CONTENT_SECURITY_POLICY) found.push('no CSP');
  return found;
}

const validMap = validAccountMap({ maxPeople: 6 });

describe('HTML reviews over hostile maps', () => {
  it('run nothing, load nothing, and every link and diagram is in place (property)', () => {
    fc.assert(
      fc.property(
        fc.array(validMap, { minLength: 1, maxLength: 2 }),
        fc.constantFrom('document' as const, 'directory' as const),
        (maps, layout) => {
          // Ids must be unique across a run for the directory layout, as the CLI ensures.
          const unique = maps.map((m, i) => ({ ...m, account: { ...m.account, id: `a${i}` } }));
          const docs = documentsFor(unique, layout);
          const names = new Set(docs.map((d) => d.path));
          for (const d of docs) {
            expect(problems(d.html, names)).toEqual([]);
            expect(isGeneratedHtml(d.html)).toBe(true);
          }
        },
      ),
      fuzzOptions(8),
    );
  }, 180_000);

  it('shows every name as written: the title and headings read as the map says', () => {
    const map = fc.sample(validMap, { numRuns: 1, seed: 7 })[0]!;
    const hostile: AccountMap = {
      ...map,
      account: { ...map.account, name: `<script>alert(1)</script> & "Co" | #1 \`x\` **b**` },
    };
    const [doc] = documentsFor([hostile], 'document');
    const { document } = new JSDOM(doc!.html).window;
    expect(document.querySelector('h1')!.textContent).toBe(
      '<script>alert(1)</script> & "Co" | #1 `x` **b**: account review',
    );
    expect(document.title).toBe(document.querySelector('h1')!.textContent);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('reviewHtml', () => {
  const svgs = new Map<string, string>();

  it('writes raw HTML in the markdown as text, never as markup', () => {
    const html = reviewHtml(
      '# T\n\n<script>alert(1)</script>\n\nInline <img src=x onerror=alert(1)> and <b>bold</b>.\n\n> <iframe src="https://example.com"></iframe>\n',
      { svgs, pageSize: 'A4' },
    );
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('script, img, b, iframe')).toHaveLength(0);
    const text = document.querySelector('main')!.textContent!;
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<iframe src="https://example.com"></iframe>');
  });

  it('starts a new page before each section but the first, and anchors headings as the markdown links them', () => {
    const html = reviewHtml(
      '# Review\n\nIntro.\n\n## Summary\n\nA [link](#people).\n\n## People\n\n### Detail\n\n## People\n',
      { svgs, pageSize: 'Letter' },
    );
    const { document } = new JSDOM(html).window;
    const heads = [...document.querySelectorAll('h1, h2, h3')].map((h) =>
      `${h.tagName} ${h.id} ${h.className}`.trim(),
    );
    expect(heads).toEqual([
      'H1 review',
      'H2 summary',
      'H2 people new-page',
      'H3 detail',
      'H2 people-1 new-page',
    ]);
    expect(document.querySelector('style')!.textContent).toContain('size: Letter');
  });

  it('keeps a Mermaid block it has no drawing for as code', () => {
    const html = reviewHtml('# T\n\n```mermaid\nflowchart TB\n  a --> b\n```\n', {
      svgs,
      pageSize: 'A4',
    });
    const { document } = new JSDOM(html).window;
    expect(document.querySelector('pre > code.language-mermaid')!.textContent).toBe(
      'flowchart TB\n  a --> b\n',
    );
    expect(document.querySelector('figure')).toBeNull();
  });
});

describe('uniqueSvgIds', () => {
  it('renames the root id in the markup and style sheet, not in the text of labels', () => {
    const svg =
      '<svg id="my-svg" width="100%"><style>#my-svg .node{fill:red}#my-svg{color:#000}</style><defs><marker id="my-svg_pointEnd"></marker></defs><path marker-end="url(#my-svg_pointEnd)"></path><g id="my-svg-node-1"><text>#my-svg stays my-svg</text></g><g id="my-svgx"></g></svg>';
    expect(uniqueSvgIds(svg, 'd7')).toBe(
      '<svg id="d7" width="100%"><style>#d7 .node{fill:red}#d7{color:#000}</style><defs><marker id="d7_pointEnd"></marker></defs><path marker-end="url(#d7_pointEnd)"></path><g id="d7-node-1"><text>#my-svg stays my-svg</text></g><g id="my-svgx"></g></svg>',
    );
  });

  it('leaves an SVG without a root id alone', () => {
    expect(uniqueSvgIds('<svg><text>x</text></svg>', 'd1')).toBe('<svg><text>x</text></svg>');
  });
});
