import { UsageError } from '../errors.js';
import { browserFailure, openRenderer } from './renderer.js';
/** The footer of each PDF page (Chromium fills in the page numbers; it runs no script of ours). */
const FOOTER = `<div style="width:100%;font-family:Helvetica,Arial,'Liberation Sans',sans-serif;font-size:8pt;color:#555;text-align:center;padding:0 15mm">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
export async function openDocumentRenderer(options = {}) {
    const renderer = await openRenderer(options);
    const blockedRequests = [];
    const renderSvgs = (sources) => Promise.all(sources.map(async (source) => Buffer.from(await renderer.render(source, 'svg')).toString('utf8')));
    const printPdf = async (html, print) => {
        const page = await renderer.newPage();
        try {
            await page.setJavaScriptEnabled(false);
            await page.setRequestInterception(true);
            page.on('request', (request) => {
                if (request.isInterceptResolutionHandled())
                    return;
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
        }
        catch (error) {
            const failure = browserFailure(error, renderer.chromium, 'pdf');
            if (failure instanceof UsageError)
                throw failure;
            throw error;
        }
        finally {
            await page.close().catch(() => { });
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
