/**
 * JUnit XML for CI systems that show test reports: one test suite per file, one failing test
 * case per error or warning, and one passing case for a file without any.
 */
import { formatPath } from '../model/diagnostic.js';
export const junit = (report) => {
    const byFile = new Map(report.files.map((f) => [f.file, []]));
    for (const d of report.diagnostics) {
        const list = byFile.get(d.file) ?? [];
        list.push(d);
        byFile.set(d.file, list);
    }
    const suites = [];
    let tests = 0;
    let failures = 0;
    for (const [file, list] of byFile) {
        const failing = list.filter((d) => d.severity !== 'info');
        const names = uniqueNames(failing.map((d) => `${d.rule} ${d.line}:${d.column}${d.path.length ? ` ${formatPath(d.path)}` : ''}`));
        const cases = failing.map((d, i) => `    <testcase classname="${xml(file)}" name="${xml(names[i])}">\n` +
            `      <failure type="${d.severity}" message="${xml(d.message)}">${xml(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.rule})`)}</failure>\n` +
            '    </testcase>');
        if (cases.length === 0)
            cases.push(`    <testcase classname="${xml(file)}" name="${xml(file)}"/>`);
        tests += cases.length;
        failures += failing.length;
        suites.push(`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failing.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="acctmap" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
/**
 * Test names unique within their suite: CI systems key test cases by class and name (GitLab
 * keeps only the first of equal names), and two findings of one rule can share a position. The
 * second and later get ` (2)`, ` (3)`…, skipping any number another name already uses.
 */
function uniqueNames(names) {
    const taken = new Set(names);
    const seen = new Set();
    return names.map((name) => {
        if (!seen.has(name)) {
            seen.add(name);
            return name;
        }
        let n = 2;
        while (taken.has(`${name} (${n})`))
            n++;
        const unique = `${name} (${n})`;
        taken.add(unique);
        seen.add(unique);
        return unique;
    });
}
/** XML text/attribute escaping; characters XML 1.0 cannot hold at all are dropped. */
function xml(s) {
    return (s
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing what XML 1.0 forbids
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\n/g, '&#10;'));
}
