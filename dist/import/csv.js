/**
 * CSV text → a header and rows, as Salesforce, HubSpot and Excel write it: `,`, `;` or tab
 * between fields (detected), quoted fields with line breaks and doubled quotes, any line ending,
 * a byte-order mark, and Excel's `sep=;` first line. csv-parse does the reading; nothing here
 * splits a line by hand.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { count } from '../text/index.js';
const DELIMITERS = [',', ';', '\t'];
export function readCsv(input, options) {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === '')
        return {
            ok: false,
            problem: 'the file is empty: export the contacts again, with a header row',
        };
    // Excel writes (and reads) `sep=;` as a first line that names the delimiter.
    const directive = /^sep=([,;\t])\r?\n/i.exec(text);
    const delimiter = directive?.[1] ?? detectDelimiter(text);
    let records;
    try {
        records = parse(text, {
            delimiter,
            from_line: directive ? 2 : 1,
            relax_column_count: true,
            // A stray quote inside a field (`Head of "Digital"`) is kept as written.
            relax_quotes: true,
            skip_empty_lines: false,
            // The header, the rows allowed, and one more to tell that there were too many.
            to: options.maxRows + 2,
        });
    }
    catch (error) {
        if (error instanceof CsvError)
            return { ok: false, problem: csvProblem(error) };
        throw error;
    }
    const [header, ...body] = records;
    if (!header || header.every((h) => h.trim() === ''))
        return {
            ok: false,
            problem: 'the file has no header row: the first row must name the columns',
        };
    const rows = [];
    body.forEach((cells, i) => {
        if (cells.every((c) => c.trim() === ''))
            return;
        // Excel hides its `sep=` line, so the header is row 1 either way.
        rows.push({ row: i + 2, cells });
    });
    if (body.length > options.maxRows)
        return {
            ok: false,
            problem: `the file has more than ${count(options.maxRows)} rows; export only the account's contacts (or raise --max-rows)`,
        };
    if (rows.length === 0)
        return {
            ok: false,
            problem: 'the file has a header row but no people in it: export the contacts again',
        };
    return { ok: true, table: { delimiter, header: header.map((h) => h.trim()), rows } };
}
/**
 * The delimiter that splits the header row into the most columns (`,` on a tie). The header is
 * read by csv-parse with each candidate, so quoted headers count right. (csv-parse's own
 * `delimiter_auto` counts characters over the first 2 kB, quoted text included, and also
 * considers spaces, colons, dots and slashes: a `;` file full of addresses can fool it.)
 */
export function detectDelimiter(text) {
    let best = ',';
    let most = 0;
    for (const delimiter of DELIMITERS) {
        let fields = 0;
        try {
            const [first] = parse(text, {
                delimiter,
                relax_column_count: true,
                relax_quotes: true,
                to: 1,
            });
            fields = first?.length ?? 0;
        }
        catch {
            // not this delimiter
        }
        if (fields > most) {
            best = delimiter;
            most = fields;
        }
    }
    return best;
}
function csvProblem(error) {
    const line = error.lines;
    const where = line ? ` at line ${line}` : '';
    if (error.code === 'CSV_QUOTE_NOT_CLOSED')
        return `a quoted field is never closed${where}: a field that starts with " must end with " (check that line, or export the file again)`;
    return `the CSV could not be read${where}: ${error.message.replace(/\.$/, '')}`;
}
/** How a delimiter is named in messages. */
export function delimiterName(delimiter) {
    return delimiter === '\t' ? 'tab' : `\`${delimiter}\``;
}
