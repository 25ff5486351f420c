import { offsetAt } from '../text/index.js';
export function changedPhoneNumbers(map, written) {
    const findings = [];
    (map.people ?? []).forEach((person, i) => {
        if (typeof person.phone !== 'number')
            return;
        const path = ['people', i, 'phone'];
        const text = written(path);
        if (text === String(person.phone))
            return;
        findings.push({
            rule: 'schema',
            path,
            message: `phone \`${text}\` is read as the number ${person.phone}: YAML drops a leading \`+\` or \`0\` from a number written without quotes; quote it to keep it as written: \`phone: "${text}"\``,
        });
    });
    return findings;
}
/** `WrittenAt` for a text and a locator of its document. */
export function writtenIn(text, locate) {
    return (path) => {
        const at = locate(path);
        const start = offsetAt(text, at.line, at.column);
        const end = at.endLine === undefined || at.endColumn === undefined
            ? start
            : offsetAt(text, at.endLine, at.endColumn);
        return text.slice(start, end);
    };
}
