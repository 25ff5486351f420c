/** The contract's JSON shape: files, diagnostics, summary. */
import { formatPath } from '../model/diagnostic.js';
export const json = (report) => `${JSON.stringify({
    files: report.files.map((f) => ({ file: f.file, maps: f.maps })),
    diagnostics: report.diagnostics.map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
        severity: d.severity,
        rule: d.rule,
        message: d.message,
        path: formatPath(d.path),
        ...(d.account !== undefined ? { account: d.account } : {}),
    })),
    summary: report.summary,
}, null, 2)}\n`;
