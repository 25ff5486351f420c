/**
 * `acctmap diagram`: read the maps, build the Mermaid (pure, src/diagram), and write it as text
 * or render it with one browser for the whole run. Notes about split or cut diagrams go to
 * stderr; outputs are written whole (temp file + rename).
 */
import * as path from 'node:path';
import { buildDiagram, DiagramOptionError, toMarkdown, } from '../../diagram/index.js';
import { DIAGRAM_FORMATS } from '../../diagram/views.js';
import { failsAt } from '../../model/diagnostic.js';
import { GENERATED_MARK } from '../../report/account.js';
import { oneLine } from '../../text/index.js';
import { makeContext, note, problems } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { displayPath, writeFileAtomic } from '../io.js';
import { discoveryOptions, loadRun, onlyAccount, usableMaps } from '../maps.js';
import { outputTarget } from '../output.js';
import { checkTargets, MERMAID_MARK, markImage } from '../report-files.js';
const RENDERED = new Set(['svg', 'png', 'pdf']);
export async function diagram(files, options) {
    const depth = parseDepth(options.depth);
    const scale = parseScale(options.scale);
    const ctx = makeContext(options);
    const warn = (line) => note(ctx, line);
    const toFolder = outputTarget(ctx.output, ctx.cwd, {
        command: 'acctmap diagram',
        folders: true,
        example: 'acme.svg',
    }).kind === 'folder';
    const format = outputFormat(options.format, toFolder ? undefined : ctx.output);
    if (scale !== undefined && format !== 'png') {
        throw new UsageError(`--scale sets the pixel density of png images, and this run writes ${format}; leave --scale out or write png`);
    }
    const run = await loadRun(files, ctx, { rules: false, ...discoveryOptions(options) });
    const maps = onlyAccount(usableMaps(run, (line) => note(ctx, line)), options.account, files.join(', '));
    if (maps.length === 0) {
        problems(run.fatal);
        throw new UsageError(`nothing to draw: no map without errors in ${files.join(', ')}; run \`acctmap validate\` on them`);
    }
    // Build every diagram first (pure and fast), so that option mistakes end the run before a
    // browser starts or a file is written.
    const results = [];
    const missing = [];
    for (const m of maps) {
        try {
            results.push(buildDiagram(m.map, {
                view: options.view,
                legend: options.legend,
                ...(options.focus !== undefined ? { focus: options.focus } : {}),
                ...(options.unit !== undefined ? { unit: options.unit } : {}),
                ...(options.pathTo !== undefined ? { pathTo: options.pathTo } : {}),
                ...(depth !== undefined ? { depth } : {}),
            }));
        }
        catch (error) {
            if (!(error instanceof DiagramOptionError))
                throw error;
            // With several accounts, --focus or --unit may name something only some of them have.
            // The message may quote names from the map: one line, like every other message.
            if (maps.length === 1)
                throw new UsageError(oneLine(error.message));
            missing.push(`${m.map.account.id} (${oneLine(error.message)})`);
        }
    }
    if (results.length === 0) {
        throw new UsageError(`none of the ${maps.length} accounts can be drawn with these options: ${missing.join('; ')}`);
    }
    for (const m of missing)
        warn(`acctmap: skipped ${m}`);
    const outputs = planOutputs(results, format, ctx.output, toFolder, options.view);
    for (const result of results) {
        // Notes and titles hold names from the map: one line each, no control characters, so that
        // nothing in a map can move the cursor or recolour the terminal.
        for (const [i, note] of result.notes.entries()) {
            warn(`acctmap: ${result.account.id}: ${oneLine(note)}`);
            // The first note of a split view says it was split; the parts follow it.
            if (i === 0 && result.diagrams.length > 1) {
                for (const line of partList(result, outputs, ctx.cwd))
                    warn(`acctmap:   ${line}`);
            }
        }
    }
    for (const o of outputs)
        if (o.target !== undefined && (toFolder || o.target !== ctx.output))
            o.ours = true;
    // Before any browser starts: a run never replaces a file acctmap did not write.
    checkTargets(outputs.flatMap((o) => (o.ours && o.target !== undefined ? [{ target: o.target }] : [])), ctx.cwd, { writer: 'acctmap', elsewhere: () => 'the diagrams to another folder (-o DIR/)' });
    await writeOutputs(outputs, options, ctx.quiet, scale);
    const written = outputs.filter((o) => o.target !== undefined);
    if (written.length > 1 || (written.length === 1 && results.some((r) => r.diagrams.length > 1))) {
        const shown = written.slice(0, 6).map((o) => displayPath(o.target, ctx.cwd));
        warn(`acctmap: wrote ${written.length} ${written.length === 1 ? 'file' : 'files'}: ${shown.join(', ')}${written.length > 6 ? ', …' : ''}`);
    }
    problems(run.fatal);
    if (run.fatal.length)
        return EXIT.failure;
    return failsAt(run.result.diagnostics, 'error') ? EXIT.findings : EXIT.ok;
}
function parseDepth(value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value.trim())) {
        throw new UsageError(`--depth takes a whole number of 0 or more (levels below the start), got \`${value}\``);
    }
    return Number(value.trim());
}
function parseScale(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value.trim());
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < 1 || n > 4) {
        throw new UsageError(`--scale takes a number from 1 to 4 (pixels per point in png images), got \`${value}\``);
    }
    return n;
}
/** The output kind: --format, else -o's extension, else Mermaid text. */
function outputFormat(flag, output) {
    const ext = output === undefined ? undefined : path.extname(output).slice(1).toLowerCase();
    const fromExt = ext === 'markdown' ? 'md' : ext === 'mermaid' ? 'mmd' : ext;
    const known = DIAGRAM_FORMATS.includes(fromExt ?? '');
    if (flag !== undefined) {
        if (known && fromExt !== flag) {
            throw new UsageError(`-o ${output} ends in .${ext}, but --format is ${flag}; make them agree (or leave --format out)`);
        }
        return flag;
    }
    if (output === undefined)
        return 'mmd';
    if (!known) {
        throw new UsageError(`cannot tell what to write from -o ${output}: end it in .mmd, .md, .svg, .png or .pdf, give --format, or end it in / to write one file per account into a folder`);
    }
    return fromExt;
}
/**
 * One line per part of a split view: where it went, what it shows, and the options that draw it
 * on its own, e.g. `2. org-2.png: Group IT (alone: --unit group-it)`.
 */
function partList(result, outputs, cwd) {
    return result.diagrams.map((d, index) => {
        const target = outputs.find((o) => o.part?.account === result.account.id && o.part.index === index)?.target;
        const where = target !== undefined ? `${displayPath(target, cwd)}: ` : '';
        const options = d.only.length > 4 ? [...d.only.slice(0, 3), '…'] : d.only;
        const alone = options.length > 0 ? ` (alone: ${options.join(' or ')})` : '';
        return `${index + 1}. ${where}${oneLine(d.title)}${alone}`;
    });
}
/** `out/acme.svg`, `out/acme-2.svg`, … for the parts of a split diagram. */
function partPath(base, index) {
    if (index === 0)
        return base;
    const ext = path.extname(base);
    return `${base.slice(0, base.length - ext.length)}-${index + 1}${ext}`;
}
function planOutputs(results, format, output, toFolder, view) {
    const rendered = RENDERED.has(format);
    const several = results.length > 1;
    if (several && !toFolder && format !== 'md') {
        throw new UsageError(`${results.length} accounts to draw, and ${format} holds one diagram per file: end -o with / to write one file per account into a folder (for example -o diagrams/), pick one with --account ID, or use --format md for one markdown file`);
    }
    if (rendered && output === undefined) {
        const parts = results[0].diagrams.length;
        if (format !== 'svg' || process.stdout.isTTY || parts > 1) {
            throw new UsageError(parts > 1
                ? `the ${view} view was split into ${parts} diagrams; give -o FILE.${format} (parts are written as FILE-2.${format}, …) or -o DIR/`
                : `${format} is binary: give -o FILE.${format} rather than printing it to the terminal`);
        }
    }
    const outputs = [];
    if (format === 'md' && !toFolder) {
        const text = results.map((r) => toMarkdown(r)).join('\n');
        outputs.push({ target: output, text });
        return outputs;
    }
    for (const result of results) {
        const base = toFolder
            ? path.join(output, `${result.account.id}${view === 'org' ? '' : `.${view}`}.${format}`)
            : output;
        if (format === 'md') {
            outputs.push({ target: base, text: toMarkdown(result) });
            continue;
        }
        if (format === 'mmd' && base === undefined) {
            // Several diagrams to stdout: each is complete Mermaid, separated by a comment line.
            const parts = result.diagrams.map((d, i) => result.diagrams.length > 1
                ? `%% acctmap: diagram ${i + 1} of ${result.diagrams.length}\n${d.mermaid}`
                : d.mermaid);
            outputs.push({ target: undefined, text: parts.join('\n') });
            continue;
        }
        for (const [i, d] of result.diagrams.entries()) {
            const target = base === undefined ? undefined : partPath(base, i);
            const part = { account: result.account.id, index: i };
            if (rendered)
                outputs.push({
                    target,
                    part,
                    render: { mermaid: d.mermaid, format: format },
                });
            else
                outputs.push({ target, part, text: d.mermaid });
        }
    }
    return outputs;
}
/** The text of a file acctmap names itself, with the mark that lets a later run replace it. */
function markText(target, text) {
    if (target.endsWith('.md'))
        return `${text.trimEnd()}\n\n${GENERATED_MARK} diagram; running it again replaces this file.\n`;
    return `${MERMAID_MARK}\n${text}`;
}
async function writeOutputs(outputs, options, quiet, scale) {
    const toRender = outputs.filter((o) => o.render);
    let renderer;
    try {
        if (toRender.length > 0) {
            const { openRenderer } = await import('../render/renderer.js');
            renderer = await openRenderer({
                ...(options.chromium !== undefined ? { chromium: options.chromium } : {}),
                ...(scale !== undefined ? { scale } : {}),
            });
        }
        const progress = !quiet && process.stderr.isTTY === true && toRender.length > 1;
        let done = 0;
        // Render in parallel (the renderer limits how many pages are open), write each as it comes.
        await Promise.all(outputs.map(async (o) => {
            if (o.text !== undefined) {
                if (o.target === undefined)
                    process.stdout.write(o.text);
                else
                    writeFileAtomic(o.target, o.ours ? markText(o.target, o.text) : o.text);
                return;
            }
            const data = await renderer.render(o.render.mermaid, o.render.format);
            if (o.target === undefined)
                process.stdout.write(data);
            else
                writeFileAtomic(o.target, o.ours ? markImage(o.target, data) : data);
            done++;
            if (progress)
                process.stderr.write(`\racctmap: rendered ${done}/${toRender.length}`);
        }));
        if (progress)
            process.stderr.write('\n');
    }
    finally {
        await renderer?.close();
    }
}
