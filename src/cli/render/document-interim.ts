/**
 * INTERIM: the two renderer calls that HTML and PDF reviews need, built on today's renderer
 * (mermaid-cli, a page per diagram) until the renderer on a page pool provides them itself with
 * the same signatures (`renderSvgs(sources)`, `printPdf(html, { pageSize, footerPageNumbers })`).
 * When it does, `openDocumentRenderer` becomes `openRenderer`, the `report` action calls that,
 * and this file (with `Renderer.newPage`, which only it uses) goes. What the page pool must keep:
 * scripts off and every request refused on the page a document is printed on.
 *
 * ```ts
 * const r = await openDocumentRenderer({ chromium });
 * try {
 *   const svgs = await r.renderSvgs(mermaidSources);        // one SVG text per source, in order
 *   const pdf = await r.printPdf(html, { pageSize: 'A4', footerPageNumbers: true });
 * } finally {
 *   await r.close();
 * }
 * ```
 *
 * The page a document is printed on runs no JavaScript and makes no request: scripts are off,
 * and every request it would make is refused (and counted in `blockedRequests`, for tests).
 */
import type { PageSize } from '../../report/html.js';
import { UsageError } from '../errors.js';
import { browserFailure, openRenderer, type Renderer, type RendererOptions } from './renderer.js';

interface PrintOptions {
  pageSize: PageSize;
  /** `Page n of N` in the footer of every page. */
  footerPageNumbers: boolean;
}

export interface DocumentRenderer {
  readonly chromium: Renderer['chromium'];
  /** Many Mermaid sources to SVG text, in order, with one browser. */
  renderSvgs(sources: readonly string[]): Promise<string[]>;
  /** A whole HTML document printed to PDF. */
  printPdf(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** Requests that documents being printed tried to make and were refused (URLs). */
  readonly blockedRequests: readonly string[];
  close(): Promise<void>;
}

/** The footer of each PDF page (Chromium fills in the page numbers; it runs no script of ours). */
const FOOTER = `<div style="width:100%;font-family:Helvetica,Arial,'Liberation Sans',sans-serif;font-size:8pt;color:#555;text-align:center;padding:0 15mm">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

export async function openDocumentRenderer(
  options: RendererOptions = {},
): Promise<DocumentRenderer> {
  const renderer = await openRenderer(options);
  const blockedRequests: string[] = [];

  const renderSvgs = (sources: readonly string[]) =>
    Promise.all(
      sources.map(async (source) =>
        Buffer.from(await renderer.render(source, 'svg')).toString('utf8'),
      ),
    );

  const printPdf = async (html: string, print: PrintOptions): Promise<Uint8Array> => {
    const page = await renderer.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        blockedRequests.push(request.url());
        void request.abort('blockedbyclient');
      });
      await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
      await page.emulateMediaType('print');
      const pdf = await page.pdf({
        format: print.pageSize,
        printBackground: true,
        displayHeaderFooter: print.footerPageNumbers,
        headerTemplate: '<span></span>',
        footerTemplate: print.footerPageNumbers ? FOOTER : '<span></span>',
        margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
        timeout: 120_000,
      });
      return pdf;
    } catch (error) {
      const failure = browserFailure(error, renderer.chromium, 'pdf');
      if (failure instanceof UsageError) throw failure;
      throw error;
    } finally {
      await page.close().catch(() => {});
    }
  };

  return {
    chromium: renderer.chromium,
    renderSvgs,
    printPdf,
    blockedRequests,
    close: () => renderer.close(),
  };
}
