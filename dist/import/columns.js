/**
 * Which column of an export holds what: recognised from the header names Salesforce, HubSpot and
 * spreadsheets use (English and the Nordic languages), or named with `--column "Header=field"`.
 * docs/import.md lists every header recognised; a test keeps it equal to the tables here.
 */
import { nameKey } from '../model/ids.js';
/** What a column can feed. `mobile` stands in for `phone` when a row has no phone. */
export const COLUMN_FIELDS = [
    'name',
    'first_name',
    'last_name',
    'title',
    'email',
    'phone',
    'mobile',
    'linkedin',
    'unit',
    'reports_to',
    'manager_email',
    'account',
];
export const SOURCES = ['salesforce', 'hubspot', 'spreadsheet'];
/** How each source's export names a field, most specific first. */
export const HEADERS = {
    salesforce: {
        name: ['Full Name', 'Contact: Full Name', 'Contact Name', 'Name'],
        first_name: ['First Name', 'FirstName'],
        last_name: ['Last Name', 'LastName'],
        title: ['Title'],
        email: ['Email'],
        phone: ['Phone', 'Business Phone'],
        mobile: ['Mobile', 'Mobile Phone', 'MobilePhone'],
        linkedin: ['LinkedIn', 'LinkedIn Profile', 'LinkedIn URL'],
        unit: ['Department'],
        reports_to: ['Reports To', 'Reports To: Full Name', 'ReportsTo.Name'],
        manager_email: ['Reports To: Email', 'ReportsTo.Email'],
        account: ['Account Name', 'Account: Account Name', 'Account.Name'],
    },
    hubspot: {
        name: ['Full Name', 'Name'],
        first_name: ['First Name', 'firstname'],
        last_name: ['Last Name', 'lastname'],
        title: ['Job Title', 'jobtitle'],
        email: ['Email', 'Email Address'],
        phone: ['Phone Number', 'phone'],
        mobile: ['Mobile Phone Number', 'mobilephone'],
        linkedin: ['LinkedIn URL', 'LinkedIn Profile', 'LinkedIn'],
        unit: ['Department'],
        reports_to: ['Manager', 'Reports To'],
        manager_email: ['Manager Email'],
        // The associated company record's name is the company as HubSpot knows it; "Company Name" is
        // a free-text property typed on the contact.
        account: ['Associated Company', 'Associated Company (Primary)', 'Company Name', 'company'],
    },
    // A sheet typed by hand, in English, Norwegian, Swedish, Danish or Finnish.
    spreadsheet: {
        name: ['Name', 'Full Name', 'Navn', 'Fullt navn', 'Namn', 'Nimi'],
        first_name: ['First Name', 'Given Name', 'Fornavn', 'Förnamn', 'Etunimi'],
        last_name: ['Last Name', 'Surname', 'Etternavn', 'Efternavn', 'Efternamn', 'Sukunimi'],
        title: [
            'Title',
            'Job Title',
            'Position',
            'Tittel',
            'Stilling',
            'Titel',
            'Befattning',
            'Titteli',
            'Nimike',
        ],
        email: ['Email', 'E-mail', 'Email Address', 'E-post', 'Sähköposti'],
        phone: ['Phone', 'Telephone', 'Telefon', 'Telefonnummer', 'Puhelin'],
        mobile: ['Mobile', 'Mobil', 'Mobiltelefon', 'Matkapuhelin'],
        linkedin: ['LinkedIn', 'LinkedIn URL', 'LinkedIn Profile'],
        unit: ['Department', 'Division', 'Avdeling', 'Avdelning', 'Afdeling', 'Osasto'],
        reports_to: [
            'Manager',
            'Reports To',
            'Leder',
            'Nærmeste leder',
            'Chef',
            'Esihenkilö',
            'Esimies',
        ],
        manager_email: ['Manager Email'],
        account: [
            'Company',
            'Account',
            'Organisation',
            'Organization',
            'Firma',
            'Selskap',
            'Kunde',
            'Företag',
            'Virksomhed',
            'Yritys',
        ],
    },
};
/** Headers only one source writes: how `--source auto` knows an export. */
export const MARKERS = {
    salesforce: [
        'Account Name',
        'Account: Account Name',
        'Contact ID',
        'Reports To',
        'Reports To: Full Name',
        'Salutation',
        'Mailing City',
        'Mailing Country',
    ],
    hubspot: [
        'Record ID',
        'Associated Company',
        'Associated Company (Primary)',
        'Lifecycle Stage',
        'Phone Number',
        'Lead Status',
    ],
};
/** `First Name`, `FirstName`, `first_name` and `FIRST NAME` are one header. */
function headerKey(header) {
    return nameKey(header).replace(/ /g, '');
}
/** What `--column` accepts after `=`, and what each means. */
const OVERRIDE_FIELDS = {
    ...Object.fromEntries(COLUMN_FIELDS.map((f) => [f, f])),
    department: 'unit',
    manager: 'reports_to',
    company: 'account',
    '-': 'ignore',
    ignore: 'ignore',
};
export function parseColumnOverride(value) {
    const at = value.lastIndexOf('=');
    const header = at > 0 ? value.slice(0, at).trim() : '';
    const field = at > 0
        ? OVERRIDE_FIELDS[value
            .slice(at + 1)
            .trim()
            .toLowerCase()]
        : undefined;
    if (header === '' || field === undefined)
        return {
            ok: false,
            problem: `--column takes "Header=field" with field one of ${[...COLUMN_FIELDS, '-'].join(', ')} (for example --column "Job Title=title"), got \`${value}\``,
        };
    return { ok: true, override: { header, field } };
}
export function resolveColumns(header, source, overrides = []) {
    const keys = header.map(headerKey);
    const indexOf = (name) => keys.indexOf(headerKey(name));
    let chosen = 'spreadsheet';
    let recognisedBy = [];
    if (source === 'auto') {
        for (const candidate of ['salesforce', 'hubspot']) {
            const found = MARKERS[candidate].filter((m) => indexOf(m) !== -1);
            if (found.length > recognisedBy.length) {
                chosen = candidate;
                recognisedBy = found.map((m) => header[indexOf(m)]);
            }
        }
    }
    else {
        chosen = source;
    }
    const columns = {};
    const ignored = new Set();
    for (const { header: name, field } of overrides) {
        const index = indexOf(name);
        if (index === -1)
            return {
                ok: false,
                problem: `--column names \`${name}\`, but the file has no such column; its columns are: ${listHeaders(header)}`,
            };
        if (field === 'ignore')
            ignored.add(index);
        else
            columns[field] = index;
    }
    const named = new Set(Object.values(columns));
    // The chosen source's names first, then every other source's: a Salesforce report with a
    // column added by hand ("LinkedIn") is still read.
    const order = [chosen, ...SOURCES.filter((s) => s !== chosen)];
    for (const field of COLUMN_FIELDS) {
        if (columns[field] !== undefined)
            continue;
        for (const s of order) {
            const index = (HEADERS[s][field] ?? [])
                .map(indexOf)
                .find((i) => i !== -1 && !ignored.has(i) && !named.has(i));
            if (index !== undefined) {
                columns[field] = index;
                named.add(index);
                break;
            }
        }
    }
    if (columns.name === undefined &&
        columns.first_name === undefined &&
        columns.last_name === undefined)
        return {
            ok: false,
            problem: `the file has no name column (its columns are: ${listHeaders(header)}); name the column that holds people's names with --column "Header=name", or the first and last names with first_name and last_name`,
        };
    return { ok: true, plan: { source: chosen, recognisedBy, columns } };
}
function listHeaders(header) {
    const shown = header.filter((h) => h !== '').map((h) => `\`${h}\``);
    return shown.length ? shown.join(', ') : '(none: the header row is blank)';
}
