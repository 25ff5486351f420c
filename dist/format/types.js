import { joinAnd, plural } from '../text/index.js';
export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'];
/**
 * The formats of the commands that brief a person (`diff`, `paths`): text for the terminal,
 * markdown for a review document, JSON for programs. Here, in a module that loads nothing heavy,
 * because the commands' option lists are built at start-up.
 */
export const BRIEFING_FORMATS = ['stylish', 'markdown', 'json'];
/** `3 warnings and 1 info hidden by --quiet`, or undefined when --quiet hid nothing. */
export function hiddenText(report) {
    const { warnings = 0, infos = 0 } = report.hidden ?? {};
    const parts = [
        ...(warnings ? [plural(warnings, 'warning')] : []),
        ...(infos ? [plural(infos, 'info')] : []),
    ];
    return parts.length ? `${joinAnd(parts)} hidden by --quiet` : undefined;
}
export function summarize(files, diagnostics) {
    const count = (s) => diagnostics.filter((d) => d.severity === s).length;
    return {
        files: files.length,
        maps: files.reduce((n, f) => n + f.maps.length, 0),
        errors: count('error'),
        warnings: count('warning'),
        infos: count('info'),
    };
}
