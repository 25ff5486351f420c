import { escapeTerminal, plural } from '../text/index.js';
import { hiddenText } from './types.js';
export const stylish = (report, { style }) => {
    const byFile = new Map();
    for (const d of report.diagnostics) {
        const list = byFile.get(d.file) ?? [];
        list.push(d);
        byFile.set(d.file, list);
    }
    const out = [];
    for (const [file, list] of byFile) {
        out.push(style.underline(escapeTerminal(file)));
        const where = list.map((d) => `${d.line}:${d.column}`);
        const sev = list.map((d) => d.severity);
        const whereWidth = Math.max(...where.map((w) => w.length));
        const sevWidth = Math.max(...sev.map((s) => s.length));
        list.forEach((d, i) => {
            const colour = d.severity === 'error' ? style.red : d.severity === 'warning' ? style.yellow : style.blue;
            const message = escapeTerminal(d.message.replace(/\r?\n/g, ' '));
            out.push(`  ${style.dim(where[i].padEnd(whereWidth))}  ${colour(sev[i].padEnd(sevWidth))}  ${message}  ${style.dim(escapeTerminal(d.rule))}`);
        });
        out.push('');
    }
    const { errors, warnings, infos, files, maps } = report.summary;
    const problems = errors + warnings + infos;
    const checked = `${plural(maps, 'map')} in ${plural(files, 'file')}`;
    const hidden = hiddenText(report);
    if (problems === 0) {
        // Never "no problems" while --quiet hides some.
        out.push(style.green(hidden
            ? `✔ ${checked} checked, no errors (${hidden})`
            : `✔ ${checked} checked, no problems`));
    }
    else {
        const parts = hidden
            ? [plural(errors, 'error')]
            : [plural(errors, 'error'), plural(warnings, 'warning')];
        if (infos)
            parts.push(plural(infos, 'info'));
        const line = `✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${byFile.size} of ${plural(files, 'file')}; ${checked} checked${hidden ? `; ${hidden}` : ''}`;
        out.push(errors ? style.red(style.bold(line)) : style.yellow(style.bold(line)));
    }
    return `${out.join('\n')}\n`;
};
