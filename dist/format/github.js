/**
 * GitHub Actions workflow commands. GitHub shows only 10 errors and 10 warnings per step as
 * annotations, so the CLI also appends the full table (below) to $GITHUB_STEP_SUMMARY.
 */
import { escapeMarkdownCell, escapeTerminal, plural } from '../text/index.js';
import { hiddenText } from './types.js';
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' };
export const github = (report) => {
    const lines = report.diagnostics.map((d) => {
        const props = [
            `file=${escapeProperty(d.file)}`,
            `line=${d.line}`,
            `col=${d.column}`,
            ...(d.endLine !== undefined ? [`endLine=${d.endLine}`] : []),
            `title=${escapeProperty(`acctmap ${d.rule}`)}`,
        ];
        return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`;
    });
    const hidden = hiddenText(report);
    lines.push(`acctmap: ${counts(report)}${hidden ? ` (${hidden})` : ''}`);
    return `${lines.join('\n')}\n`;
};
/** `1 error, 2 warnings, 0 infos in 1 map (1 file)`. */
function counts(report) {
    const { errors, warnings, infos, maps, files } = report.summary;
    return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${plural(maps, 'map')} (${plural(files, 'file')})`;
}
/**
 * Workflow command data: `%`, CR and LF must be escaped. The runner's log is a terminal too
 * (it shows colour sequences), so other control characters are shown escaped (`\x1b`).
 */
function escapeData(s) {
    return escapeTerminal(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
/** Workflow command properties: also `:` and `,`. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** The full table for $GITHUB_STEP_SUMMARY (markdown). */
export function githubStepSummary(report) {
    const out = ['## acctmap validate', '', `${counts(report)}.`, ''];
    if (report.diagnostics.length) {
        out.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
        for (const d of report.diagnostics) {
            out.push(`| ${escapeMarkdownCell(d.file)} | ${d.line}:${d.column} | ${d.severity} | ${escapeMarkdownCell(d.rule)} | ${escapeMarkdownCell(d.message)} |`);
        }
        out.push('');
    }
    return `${out.join('\n')}\n`;
}
