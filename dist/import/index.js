import { nameKey, slugify } from '../model/ids.js';
import { plural } from '../text/index.js';
import { checkSources } from '../validate/check.js';
import { resolveColumns } from './columns.js';
import { delimiterName, readCsv } from './csv.js';
import { renderScalar, writePlan } from './edit.js';
import { planImport } from './plan.js';
import { chooseAccount, toRecords } from './records.js';
export function runImport(request) {
    const csv = readCsv(request.csv, { maxRows: request.maxRows });
    const aboutCsv = (problem) => ({
        kind: 'problem',
        message: `${request.csvName}: ${problem}`,
    });
    if (!csv.ok)
        return aboutCsv(csv.problem);
    const columns = resolveColumns(csv.table.header, request.source, request.columns);
    if (!columns.ok)
        return aboutCsv(columns.problem);
    const read = toRecords(csv.table, columns.plan);
    const choice = chooseAccount(read.records, request.account, columns.plan.columns.account !== undefined);
    if (!choice.ok)
        return aboutCsv(choice.problem);
    const { source, recognisedBy } = columns.plan;
    const notes = [
        `read ${request.csvName} as ${source === 'spreadsheet' ? 'a spreadsheet' : `a ${source === 'salesforce' ? 'Salesforce' : 'HubSpot'} export`}${recognisedBy.length ? ` (recognised by ${recognisedBy.join(', ')})` : ''}, fields separated by ${delimiterName(csv.table.delimiter)}`,
    ];
    if (read.footer)
        notes.push(`left out ${plural(read.footer, 'footer line')} at the end (a report's footer, not people)`);
    if (choice.dropped)
        notes.push(`kept the ${plural(choice.records.length, 'row')} of ${choice.name}; left out ${plural(choice.dropped, 'row')} of other companies (or of none)`);
    notes.push(...read.notes);
    let text;
    let map;
    let document = 0;
    const created = request.into.text === undefined;
    if (request.into.text === undefined) {
        const name = choice.name ?? request.account;
        if (name === undefined)
            return {
                kind: 'problem',
                message: `${request.into.file} does not exist yet, and ${request.csvName} names no company to call the new map's account; name it with --account NAME`,
            };
        const id = request.id ?? (slugify(name) || 'account');
        text = newMapText({ id, name, csvName: request.csvName, schema: request.schema });
        map = { acctmap: 1, account: { id, name } };
    }
    else {
        text = request.into.text;
        const check = checkSources([{ file: request.into.file, text }]);
        const errors = check.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length)
            return { kind: 'invalid', when: 'before', diagnostics: errors };
        const target = chooseMap(check.maps, request, choice.name);
        if ('problem' in target)
            return { kind: 'problem', message: target.problem };
        map = target.map.map;
        document = target.map.document;
    }
    const plan = planImport(map, choice.records, { markMissingLeft: request.markMissingLeft });
    plan.skipped.unshift(...read.skipped);
    plan.skipped.sort((a, b) => a.row - b.row);
    const edited = writePlan(text, document, plan);
    const after = checkSources([{ file: request.into.file, text: edited }]);
    const errors = after.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length)
        return { kind: 'invalid', when: 'after', diagnostics: errors };
    return {
        kind: 'done',
        text: edited,
        changed: created || edited !== text,
        created,
        plan,
        notes: [...notes, ...plan.notes],
    };
}
/** The map of a file that the import goes into: the only one, or the one the options name. */
function chooseMap(maps, request, accountName) {
    const file = request.into.file;
    if (maps.length === 1 && request.id === undefined)
        return { map: maps[0] };
    if (request.id !== undefined) {
        const byId = maps.find((m) => m.map.account.id === request.id);
        if (byId)
            return { map: byId };
        return {
            problem: `${file} has no map with the account id \`${request.id}\`; it holds ${maps.map((m) => `\`${m.map.account.id}\``).join(', ')}`,
        };
    }
    const name = accountName ?? request.account;
    const byName = name ? maps.filter((m) => nameKey(m.map.account.name) === nameKey(name)) : [];
    if (byName.length === 1)
        return { map: byName[0] };
    return {
        problem: `${file} holds ${maps.length} maps (${maps.map((m) => `\`${m.map.account.id}\``).join(', ')}); say which one the people go into with --id`,
    };
}
/** The start of a new map: the account, and a comment that says what is left to fill in. */
function newMapText(options) {
    const lines = [
        ...(options.schema ? [`# yaml-language-server: $schema=${options.schema}`, '#'] : []),
        `# People imported from ${(options.csvName.split('/').pop() ?? '').replace(/[\r\n]+/g, ' ')} by \`acctmap import\`. What no export knows is`,
        '# yours to add: stance, influence, strength, roles, owner and notes (docs/format.md).',
        '# Import the next export the same way: titles, departments and contact details are updated,',
        '# and what you write here stays as you wrote it.',
        '',
        'acctmap: 1',
        '',
        'account:',
        `  id: ${options.id}`,
        `  name: ${renderScalar(options.name, { flow: false })}`,
    ];
    return `${lines.join('\n')}\n`;
}
