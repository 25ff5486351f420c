/**
 * `acctmap report`: read the maps, run the rules and the scorer, build the markdown, and write it
 * to stdout, to one file, or as a folder of linked files. With `--images`, the diagrams are
 * rendered first (one browser for the run) so that a failed render writes nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCalendarDate } from '../../model/account-map.js';
import { failsAt } from '../../model/diagnostic.js';
import { composeReports, prepareReports, REDACT_LEVELS, shownDiagrams, } from '../../report/index.js';
import { checkRulesConfig, redFlagsByAccount } from '../../rules/index.js';
import { scorePortfolio } from '../../score/index.js';
import { emit, makeContext, note } from '../context.js';
import { describeSystemError, EXIT, UsageError } from '../errors.js';
import { displayPath, writeOutput } from '../io.js';
import { discoveryOptions, loadRun, usableMaps } from '../maps.js';
import { chooseFormat, outputTarget } from '../output.js';
import { checkTargets, markImage, markPdf, staleReports, writeFiles, } from '../report-files.js';
import { version } from '../version.js';
/**
 * `--redact` takes an optional level, so commander reads `--redact accounts/` as the level
 * `accounts/`. Anything that is not a level is given back as a path: the command means what the
 * user meant.
 */
export function parseRedact(value, paths) {
    if (value === undefined || value === false)
        return undefined;
    if (value === true)
        return 'contacts';
    if (REDACT_LEVELS.includes(value))
        return value;
    if (value === '')
        return 'contacts';
    if (!fs.existsSync(value)) {
        throw new UsageError(`--redact takes ${REDACT_LEVELS.join(' or ')} (or nothing, which means contacts); \`${value}\` is neither, nor a file or folder to report on`);
    }
    paths.push(value);
    return 'contacts';
}
/** The extensions that choose a format when `--format` is not given. */
const FORMAT_OF_EXTENSION = {
    md: 'md',
    markdown: 'md',
    html: 'html',
    htm: 'html',
    pdf: 'pdf',
};
export async function report(argPaths, options) {
    const paths = [...argPaths];
    const redact = parseRedact(options.redact, paths);
    const ctx = makeContext(options, [checkRulesConfig]);
    // `-o reviews/` or an existing folder: one file per account and an index.
    const folder = outputTarget(ctx.output, ctx.cwd, {
        command: 'acctmap report',
        folders: true,
        example: 'review.md',
    }).kind === 'folder';
    // --format when given (-o FILE must not say otherwise), else the extension of -o FILE, else md.
    const format = chooseFormat(options.format, folder ? undefined : ctx.output, FORMAT_OF_EXTENSION, 'md');
    if (format !== 'md' && options.images !== undefined) {
        throw new UsageError(`--images is for markdown reviews: a ${format} review draws every diagram into itself; leave out --images`);
    }
    if (format === 'pdf' && ctx.output === undefined && process.stdout.isTTY) {
        throw new UsageError('a PDF is not for the terminal: write it to a file with -o review.pdf (or -o reviews/ for one per account), or pipe it');
    }
    const run = await loadRun(paths, ctx, { rules: true, ...discoveryOptions(options) });
    if (run.fatal.length)
        throw new UsageError(run.fatal.join('\n'));
    const skippedFiles = [];
    const maps = usableMaps(run, (line) => note(ctx, line));
    const used = new Set(maps.map((m) => `${m.file}\u0000${m.map.account.id}`));
    for (const f of run.result.files) {
        const kept = f.maps.filter((id) => used.has(`${f.file}\u0000${id}`)).length;
        if (kept === f.maps.length && kept > 0)
            continue;
        skippedFiles.push(`${f.file} (${kept > 0 ? 'some of its maps have errors' : 'errors'})`);
    }
    if (maps.length === 0) {
        throw new UsageError(`no map could be reported on: every map found has errors (${skippedFiles.join(', ')}); run \`acctmap validate\` to see them and fix them first`);
    }
    const redFlags = redFlagsByAccount(run.result.diagnostics);
    const scored = scorePortfolio(maps.map((m) => ({ file: m.file, map: m.map })), { config: ctx.config.config.score, by: options.by, asOf: ctx.asOf, redFlags });
    if (!scored.ok)
        throw new UsageError(scored.error.message);
    const changes = options.since !== undefined ? await changesSince(ctx, options.since, paths) : undefined;
    const prepared = prepareReports({
        maps: maps.map((m) => ({ file: m.file, map: m.map })),
        findings: run.result.diagnostics,
        asOf: ctx.asOf,
        score: scored.portfolio,
        ...(redact ? { redact } : {}),
        ...(skippedFiles.length ? { skipped: skippedFiles } : {}),
        toolVersion: version(),
        ...(changes ? { changes } : {}),
    });
    const reportDir = folder
        ? path.resolve(ctx.cwd, ctx.output)
        : ctx.output !== undefined
            ? path.dirname(path.resolve(ctx.cwd, ctx.output))
            : ctx.cwd;
    let images;
    let imageFiles = [];
    const layout = folder ? 'directory' : 'document';
    if (options.images !== undefined) {
        const rendered = await renderImages(shownDiagrams(prepared, layout), options, ctx, reportDir);
        images = rendered.links;
        imageFiles = rendered.files;
    }
    const files = composeReports(prepared, {
        layout,
        ...(images ? { images } : {}),
        extension: format,
    });
    if (folder) {
        // Before the browser starts: a foreign file in the way stops the run at once.
        checkTargets(files.map((f) => ({ target: path.join(reportDir, f.path) })), ctx.cwd);
    }
    const contents = format === 'md' ? files.map((f) => f.content) : await renderDocuments(files, format, options);
    const reportFiles = folder
        ? files.map((f, i) => ({ target: path.join(reportDir, f.path), data: contents[i] }))
        : [];
    if (folder) {
        try {
            if (fs.existsSync(reportDir) && !fs.statSync(reportDir).isDirectory())
                throw new UsageError(`cannot write reports into ${reportDir}: it is a file, not a folder`);
        }
        catch (error) {
            if (error instanceof UsageError)
                throw error;
            throw new UsageError(`cannot write reports into ${reportDir}: ${describeSystemError(error)}`);
        }
    }
    // Only our own names, and over a file only when an earlier `acctmap report` wrote it: checked
    // for every file before any is written.
    checkTargets([...imageFiles, ...reportFiles], ctx.cwd);
    writeFiles([...imageFiles, ...reportFiles], ctx.cwd);
    if (folder) {
        note(ctx, `acctmap: wrote ${files.length} report${files.length === 1 ? '' : 's'} to ${displayPath(reportDir, ctx.cwd)}/${files.length > 1 ? ` (start with index.${format})` : ''}`);
        const stale = staleReports(reportDir, new Set(reportFiles.map((f) => f.target)));
        if (stale.length)
            note(ctx, `acctmap: left alone in ${displayPath(reportDir, ctx.cwd)}/: ${stale.join(', ')}, written by an earlier run for ${stale.length === 1 ? 'an account' : 'accounts'} not in this one; delete ${stale.length === 1 ? 'it' : 'them'} if ${stale.length === 1 ? 'that account is' : 'those accounts are'} gone`);
    }
    else if (format === 'md') {
        emit(ctx, files[0].content);
    }
    else {
        writeOutput(ctx.output, contents[0]);
        if (ctx.output !== undefined)
            note(ctx, `acctmap: wrote the ${format === 'pdf' ? 'PDF' : 'HTML'} review to ${displayPath(path.resolve(ctx.cwd, ctx.output), ctx.cwd)}`);
    }
    if (imageFiles.length) {
        note(ctx, `acctmap: rendered ${imageFiles.length} image${imageFiles.length === 1 ? '' : 's'} into ${displayPath(path.resolve(ctx.cwd, options.images), ctx.cwd)}`);
    }
    return failsAt(run.result.diagnostics, options.failOn) ? EXIT.findings : EXIT.ok;
}
/**
 * The markdown reviews as HTML documents (or PDFs printed from them), every diagram drawn in: one
 * browser renders every diagram of the run and prints every file. Nothing is written yet.
 */
async function renderDocuments(files, format, options) {
    // Loaded only for HTML and PDF: the markdown-to-HTML libraries and the browser.
    const { diagramKey, mermaidBlocks, reviewHtml } = await import('../../report/html.js');
    const { openRenderer } = await import('../render/renderer.js');
    const renderer = await openRenderer(options.chromium !== undefined ? { chromium: options.chromium } : {});
    try {
        // What the reviews show, read from the reviews themselves (so every section's diagrams).
        const sources = [...new Set(files.flatMap((f) => mermaidBlocks(f.content)))];
        let rendered;
        try {
            rendered = await renderer.renderSvgs(sources);
        }
        catch (error) {
            if (error instanceof UsageError)
                throw error;
            const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
            throw new UsageError(`could not draw the diagrams of the review: ${first}`);
        }
        const svgs = new Map(sources.map((s, i) => [diagramKey(s), rendered[i]]));
        const html = files.map((f) => reviewHtml(f.content, {
            svgs,
            pageSize: options.pageSize,
            generator: `acctmap ${version()}`,
        }));
        if (format === 'html')
            return html;
        const pdfs = [];
        // One after another: printing is the heavy part, and the browser is shared.
        for (const page of html) {
            pdfs.push(markPdf(await renderer.printPdf(page, { pageSize: options.pageSize, footerPageNumbers: true })));
        }
        return pdfs;
    }
    finally {
        await renderer.close();
    }
}
/** `--since REV` or `--since DATE`: the same comparison as `acctmap diff`, over the same paths. */
async function changesSince(ctx, since, paths) {
    const { loadDiff } = await import('./diff.js');
    return isCalendarDate(since)
        ? loadDiff(ctx, { operands: paths, afterDashes: paths.length, since })
        : loadDiff(ctx, { operands: [since, ...paths], afterDashes: 0, maxRevisions: 1 });
}
/** Renders every diagram of the reports with one browser; nothing is written yet. */
async function renderImages(diagrams, options, ctx, reportDir) {
    const { openRenderer } = await import('../render/renderer.js');
    const dir = path.resolve(ctx.cwd, options.images);
    const format = options.imageFormat;
    const target = (key) => path.join(dir, `${key}.${format}`);
    // Before the browser starts: a foreign file in the way stops the run at once.
    checkTargets(diagrams.map((d) => ({ target: target(d.key), data: '' })), ctx.cwd);
    const renderer = await openRenderer(options.chromium !== undefined ? { chromium: options.chromium } : {});
    try {
        const rendered = await Promise.all(diagrams.map(async (d) => {
            try {
                return { d, data: await renderer.render(d.mermaid, format) };
            }
            catch (error) {
                const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
                throw new UsageError(`could not render the diagram ${d.key} (${d.title}) to ${format}: ${first}`);
            }
        }));
        const links = new Map();
        const files = rendered.map(({ d, data }) => {
            const file = target(d.key);
            links.set(d.key, path.relative(reportDir, file).split(path.sep).join('/'));
            return { target: file, data: markImage(file, data) };
        });
        return { links, files };
    }
    finally {
        await renderer.close();
    }
}
