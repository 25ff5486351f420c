import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  checkIdOption,
  findSchema
} from "./chunk-QAQLA6U7.js";
import {
  outputTarget
} from "./chunk-UVMY4ATT.js";
import {
  emit,
  makeContext,
  note
} from "./chunk-FEQYHIU2.js";
import {
  plainStyle
} from "./chunk-HMHVJ7MO.js";
import "./chunk-ZXIJX75S.js";
import "./chunk-WJ4UJHTB.js";
import {
  checkSources
} from "./chunk-3PMCQ3JK.js";
import "./chunk-EOFZAPUG.js";
import "./chunk-M5GZM46X.js";
import {
  AccountMapSchema,
  PersonSchema,
  UnitSchema,
  nameKey,
  slugify,
  uniqueId
} from "./chunk-XJYOIXLA.js";
import "./chunk-EP3XH6LY.js";
import "./chunk-OIC7LVBH.js";
import "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import {
  decode,
  displayPath,
  readFileBytes,
  writeFileAtomic,
  yieldToSignals
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import {
  count,
  escapeControls,
  escapeTerminal,
  plural
} from "./chunk-A4RBNV6B.js";
import {
  EXIT,
  UsageError
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/cli/actions/import.js
import { existsSync } from "node:fs";
import * as path from "node:path";
import iconv from "iconv-lite";

// dist/import/columns.js
var COLUMN_FIELDS = [
  "name",
  "first_name",
  "last_name",
  "title",
  "email",
  "phone",
  "mobile",
  "linkedin",
  "unit",
  "reports_to",
  "manager_email",
  "account"
];
var SOURCES = ["salesforce", "hubspot", "spreadsheet"];
var HEADERS = {
  salesforce: {
    name: ["Full Name", "Contact: Full Name", "Contact Name", "Name"],
    first_name: ["First Name", "FirstName"],
    last_name: ["Last Name", "LastName"],
    title: ["Title"],
    email: ["Email"],
    phone: ["Phone", "Business Phone"],
    mobile: ["Mobile", "Mobile Phone", "MobilePhone"],
    linkedin: ["LinkedIn", "LinkedIn Profile", "LinkedIn URL"],
    unit: ["Department"],
    reports_to: ["Reports To", "Reports To: Full Name", "ReportsTo.Name"],
    manager_email: ["Reports To: Email", "ReportsTo.Email"],
    account: ["Account Name", "Account: Account Name", "Account.Name"]
  },
  hubspot: {
    name: ["Full Name", "Name"],
    first_name: ["First Name", "firstname"],
    last_name: ["Last Name", "lastname"],
    title: ["Job Title", "jobtitle"],
    email: ["Email", "Email Address"],
    phone: ["Phone Number", "phone"],
    mobile: ["Mobile Phone Number", "mobilephone"],
    linkedin: ["LinkedIn URL", "LinkedIn Profile", "LinkedIn"],
    unit: ["Department"],
    reports_to: ["Manager", "Reports To"],
    manager_email: ["Manager Email"],
    // The associated company record's name is the company as HubSpot knows it; "Company Name" is
    // a free-text property typed on the contact.
    account: ["Associated Company", "Associated Company (Primary)", "Company Name", "company"]
  },
  // A sheet typed by hand, in English, Norwegian, Swedish, Danish or Finnish.
  spreadsheet: {
    name: ["Name", "Full Name", "Navn", "Fullt navn", "Namn", "Nimi"],
    first_name: ["First Name", "Given Name", "Fornavn", "F\xF6rnamn", "Etunimi"],
    last_name: ["Last Name", "Surname", "Etternavn", "Efternavn", "Efternamn", "Sukunimi"],
    title: [
      "Title",
      "Job Title",
      "Position",
      "Tittel",
      "Stilling",
      "Titel",
      "Befattning",
      "Titteli",
      "Nimike"
    ],
    email: ["Email", "E-mail", "Email Address", "E-post", "S\xE4hk\xF6posti"],
    phone: ["Phone", "Telephone", "Telefon", "Telefonnummer", "Puhelin"],
    mobile: ["Mobile", "Mobil", "Mobiltelefon", "Matkapuhelin"],
    linkedin: ["LinkedIn", "LinkedIn URL", "LinkedIn Profile"],
    unit: ["Department", "Division", "Avdeling", "Avdelning", "Afdeling", "Osasto"],
    reports_to: [
      "Manager",
      "Reports To",
      "Leder",
      "N\xE6rmeste leder",
      "Chef",
      "Esihenkil\xF6",
      "Esimies"
    ],
    manager_email: ["Manager Email"],
    account: [
      "Company",
      "Account",
      "Organisation",
      "Organization",
      "Firma",
      "Selskap",
      "Kunde",
      "F\xF6retag",
      "Virksomhed",
      "Yritys"
    ]
  }
};
var MARKERS = {
  salesforce: [
    "Account Name",
    "Account: Account Name",
    "Contact ID",
    "Reports To",
    "Reports To: Full Name",
    "Salutation",
    "Mailing City",
    "Mailing Country"
  ],
  hubspot: [
    "Record ID",
    "Associated Company",
    "Associated Company (Primary)",
    "Lifecycle Stage",
    "Phone Number",
    "Lead Status"
  ]
};
function headerKey(header) {
  return nameKey(header).replace(/ /g, "");
}
var OVERRIDE_FIELDS = {
  ...Object.fromEntries(COLUMN_FIELDS.map((f) => [f, f])),
  department: "unit",
  manager: "reports_to",
  company: "account",
  "-": "ignore",
  ignore: "ignore"
};
function parseColumnOverride(value) {
  const at = value.lastIndexOf("=");
  const header = at > 0 ? value.slice(0, at).trim() : "";
  const field = at > 0 ? OVERRIDE_FIELDS[value.slice(at + 1).trim().toLowerCase()] : void 0;
  if (header === "" || field === void 0)
    return {
      ok: false,
      problem: `--column takes "Header=field" with field one of ${[...COLUMN_FIELDS, "-"].join(", ")} (for example --column "Job Title=title"), got \`${value}\``
    };
  return { ok: true, override: { header, field } };
}
function resolveColumns(header, source, overrides = []) {
  const keys = header.map(headerKey);
  const indexOf = (name) => keys.indexOf(headerKey(name));
  let chosen = "spreadsheet";
  let recognisedBy = [];
  if (source === "auto") {
    for (const candidate of ["salesforce", "hubspot"]) {
      const found = MARKERS[candidate].filter((m) => indexOf(m) !== -1);
      if (found.length > recognisedBy.length) {
        chosen = candidate;
        recognisedBy = found.map((m) => header[indexOf(m)]);
      }
    }
  } else {
    chosen = source;
  }
  const columns = {};
  const ignored = /* @__PURE__ */ new Set();
  for (const { header: name, field } of overrides) {
    const index = indexOf(name);
    if (index === -1)
      return {
        ok: false,
        problem: `--column names \`${name}\`, but the file has no such column; its columns are: ${listHeaders(header)}`
      };
    if (field === "ignore")
      ignored.add(index);
    else
      columns[field] = index;
  }
  const named = new Set(Object.values(columns));
  const order = [chosen, ...SOURCES.filter((s) => s !== chosen)];
  for (const field of COLUMN_FIELDS) {
    if (columns[field] !== void 0)
      continue;
    for (const s of order) {
      const index = (HEADERS[s][field] ?? []).map(indexOf).find((i) => i !== -1 && !ignored.has(i) && !named.has(i));
      if (index !== void 0) {
        columns[field] = index;
        named.add(index);
        break;
      }
    }
  }
  if (columns.name === void 0 && columns.first_name === void 0 && columns.last_name === void 0)
    return {
      ok: false,
      problem: `the file has no name column (its columns are: ${listHeaders(header)}); name the column that holds people's names with --column "Header=name", or the first and last names with first_name and last_name`
    };
  return { ok: true, plan: { source: chosen, recognisedBy, columns } };
}
function listHeaders(header) {
  const shown = header.filter((h) => h !== "").map((h) => `\`${h}\``);
  return shown.length ? shown.join(", ") : "(none: the header row is blank)";
}

// dist/import/csv.js
import { CsvError, parse } from "csv-parse/sync";
var DELIMITERS = [",", ";", "	"];
function readCsv(input, options) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  if (text.trim() === "")
    return {
      ok: false,
      problem: "the file is empty: export the contacts again, with a header row"
    };
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
      to: options.maxRows + 2
    });
  } catch (error) {
    if (error instanceof CsvError)
      return { ok: false, problem: csvProblem(error) };
    throw error;
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => h.trim() === ""))
    return {
      ok: false,
      problem: "the file has no header row: the first row must name the columns"
    };
  const rows = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === ""))
      return;
    rows.push({ row: i + 2, cells });
  });
  if (body.length > options.maxRows)
    return {
      ok: false,
      problem: `the file has more than ${count(options.maxRows)} rows; export only the account's contacts (or raise --max-rows)`
    };
  if (rows.length === 0)
    return {
      ok: false,
      problem: "the file has a header row but no people in it: export the contacts again"
    };
  return { ok: true, table: { delimiter, header: header.map((h) => h.trim()), rows } };
}
function detectDelimiter(text) {
  let best = ",";
  let most = 0;
  for (const delimiter of DELIMITERS) {
    let fields = 0;
    try {
      const [first] = parse(text, {
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        to: 1
      });
      fields = first?.length ?? 0;
    } catch {
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
  const where = line ? ` at line ${line}` : "";
  if (error.code === "CSV_QUOTE_NOT_CLOSED")
    return `a quoted field is never closed${where}: a field that starts with " must end with " (check that line, or export the file again)`;
  return `the CSV could not be read${where}: ${error.message.replace(/\.$/, "")}`;
}
function delimiterName(delimiter) {
  return delimiter === "	" ? "tab" : `\`${delimiter}\``;
}

// dist/import/edit.js
import { isDeepStrictEqual } from "node:util";
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, stringify } from "yaml";

// dist/import/plan.js
function planImport(map, records, options = {}) {
  const people = map.people ?? [];
  const skipped = [];
  const notes = [];
  const byEmail = groupBy(people, (p) => emailKey(p.email));
  const byName = groupBy(people, (p) => nameKey(p.name));
  const claimedBy = /* @__PURE__ */ new Map();
  const matched = /* @__PURE__ */ new Map();
  const byEmailMatch = /* @__PURE__ */ new Set();
  const maybePresent = /* @__PURE__ */ new Set();
  const pending = [];
  for (const record of records) {
    const email = emailKey(record.email);
    const candidates = email ? byEmail.get(email) ?? [] : [];
    if (candidates.length === 0) {
      pending.push(record);
      continue;
    }
    if (candidates.length > 1) {
      for (const i of candidates)
        maybePresent.add(i);
      skipped.push({
        row: record.row,
        reason: `its email is on ${candidates.length} people of the map (${candidates.map((i) => people[i].id).join(", ")}); give each their own`
      });
      continue;
    }
    const index = candidates[0];
    const earlier = claimedBy.get(index);
    if (earlier !== void 0) {
      skipped.push({ row: record.row, reason: `the same person as row ${earlier}` });
      continue;
    }
    claimedBy.set(index, record.row);
    matched.set(record, index);
    byEmailMatch.add(index);
  }
  const fresh = [];
  for (const record of pending) {
    const candidates = byName.get(nameKey(record.name)) ?? [];
    const byRow = candidates.filter((i) => !byEmailMatch.has(i));
    const open = byRow.filter((i) => !claimedBy.has(i));
    if (byRow.length > 0 && open.length === 0) {
      skipped.push({
        row: record.row,
        reason: `the same person as row ${claimedBy.get(byRow[0])}`
      });
      continue;
    }
    if (open.length > 1) {
      for (const i of open)
        maybePresent.add(i);
      skipped.push({
        row: record.row,
        reason: `${open.length} people of the map have this name (${open.map((i) => people[i].id).join(", ")}); add their email to the map and the export to tell them apart`
      });
      continue;
    }
    if (open.length === 1) {
      claimedBy.set(open[0], record.row);
      matched.set(record, open[0]);
    } else {
      fresh.push(record);
    }
  }
  const taken = /* @__PURE__ */ new Set([...(map.team ?? []).map((t) => t.id), ...people.map((p) => p.id)]);
  const newIds = /* @__PURE__ */ new Map();
  const firstByEmail = /* @__PURE__ */ new Map();
  const firstByName = /* @__PURE__ */ new Map();
  for (const record of fresh) {
    const email = record.email ? emailKey(record.email) : void 0;
    const key = nameKey(record.name);
    const twin = email ? firstByEmail.get(email) : firstByName.get(key) && !firstByName.get(key).email ? firstByName.get(key) : void 0;
    if (twin) {
      skipped.push({ row: record.row, reason: `the same person as row ${twin.row}` });
      continue;
    }
    if (email)
      firstByEmail.set(email, record);
    if (!firstByName.has(key))
      firstByName.set(key, record);
    const id = uniqueId(slugify(record.name), taken);
    taken.add(id);
    newIds.set(record, id);
  }
  const units = new UnitFinder(map.units ?? []);
  const idByEmail = /* @__PURE__ */ new Map();
  const idByName = /* @__PURE__ */ new Map();
  const idOf = (record) => {
    const index = matched.get(record);
    return index !== void 0 ? people[index].id : newIds.get(record);
  };
  const note2 = (table, key, id) => {
    if (!key)
      return;
    const ids = table.get(key) ?? [];
    if (!ids.includes(id))
      table.set(key, [...ids, id]);
  };
  for (const p of people) {
    note2(idByEmail, emailKey(p.email), p.id);
    note2(idByName, nameKey(p.name), p.id);
  }
  for (const record of records) {
    const id = idOf(record);
    if (id === void 0)
      continue;
    note2(idByEmail, emailKey(record.email), id);
    note2(idByName, nameKey(record.name), id);
  }
  const personIds = /* @__PURE__ */ new Set([...people.map((p) => p.id), ...newIds.values()]);
  const managerOf = (record, self) => {
    const ref = record.managerEmail ?? record.manager;
    if (ref === void 0)
      return void 0;
    const ids = ref.includes("@") ? idByEmail.get(emailKey(ref)) : personIds.has(ref) ? [ref] : idByName.get(nameKey(ref));
    if (!ids || ids.length === 0) {
      notes.push(`row ${record.row}: the manager \`${ref}\` is neither in the map nor in the export, so reports_to was left as it was`);
      return void 0;
    }
    if (ids.length > 1) {
      notes.push(`row ${record.row}: the manager \`${ref}\` could be ${ids.join(" or ")}, so reports_to was left as it was`);
      return void 0;
    }
    return ids[0] === self ? void 0 : ids[0];
  };
  const updated = [];
  const added = [];
  for (const record of records) {
    const index = matched.get(record);
    if (index !== void 0) {
      const person = people[index];
      const changes = changesFor(person, record, units, managerOf(record, person.id));
      if (changes.length)
        updated.push({ id: person.id, name: person.name, row: record.row, changes });
      continue;
    }
    const id = newIds.get(record);
    if (id === void 0)
      continue;
    const unit = record.department ? units.idFor(record.department) : void 0;
    const manager = managerOf(record, id);
    added.push({
      row: record.row,
      person: {
        id,
        name: record.name,
        ...opt("title", record.title),
        ...opt("unit", unit),
        ...opt("reports_to", manager),
        stance: "unknown",
        status: "new",
        ...opt("email", record.email),
        ...opt("phone", record.phone),
        ...opt("linkedin", record.linkedin)
      }
    });
  }
  const missing = [];
  people.forEach((p, i) => {
    if (claimedBy.has(i) || maybePresent.has(i) || p.status === "left")
      return;
    missing.push({ id: p.id, name: p.name });
    if (options.markMissingLeft)
      updated.push({
        id: p.id,
        name: p.name,
        changes: [{ field: "status", before: p.status, after: "left" }]
      });
  });
  return {
    added,
    updated,
    missing,
    markMissingLeft: options.markMissingLeft === true,
    units: units.created,
    skipped: skipped.sort((a, b) => a.row - b.row),
    notes
  };
}
function changesFor(person, record, units, manager) {
  const changes = [];
  const change = (field, before, after) => changes.push(before === void 0 ? { field, after } : { field, before: String(before), after });
  if (nameKey(record.name) !== nameKey(person.name))
    change("name", person.name, record.name);
  if (record.title !== void 0 && record.title !== person.title)
    change("title", person.title, record.title);
  if (record.department !== void 0) {
    const unit = units.idFor(record.department);
    if (unit !== person.unit)
      change("unit", person.unit, unit);
  }
  if (manager !== void 0 && manager !== person.reports_to)
    change("reports_to", person.reports_to, manager);
  if (person.status === "left")
    return changes;
  if (record.email !== void 0 && emailKey(record.email) !== emailKey(person.email))
    change("email", person.email, record.email);
  if (record.phone !== void 0 && phoneKey(record.phone) !== phoneKey(person.phone))
    change("phone", person.phone, record.phone);
  if (record.linkedin !== void 0 && linkKey(record.linkedin) !== linkKey(person.linkedin))
    change("linkedin", person.linkedin, record.linkedin);
  return changes;
}
var UnitFinder = class {
  created = [];
  byKey = /* @__PURE__ */ new Map();
  taken;
  constructor(units) {
    this.taken = new Set(units.map((u) => u.id));
    for (const u of units)
      if (!this.byKey.has(nameKey(u.id)))
        this.byKey.set(nameKey(u.id), u.id);
    for (const u of units)
      this.byKey.set(nameKey(u.name), u.id);
  }
  idFor(department) {
    const key = nameKey(department);
    const known = this.byKey.get(key);
    if (known)
      return known;
    const id = uniqueId(slugify(department), this.taken, "unit");
    this.taken.add(id);
    this.byKey.set(key, id);
    this.created.push({ id, name: department });
    return id;
  }
};
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  items.forEach((item, i) => {
    const k = key(item);
    if (k === void 0 || k === "")
      return;
    out.set(k, [...out.get(k) ?? [], i]);
  });
  return out;
}
function emailKey(email) {
  const key = email?.trim().toLowerCase();
  return key ? key : void 0;
}
function phoneKey(phone) {
  return phone === void 0 ? "" : String(phone).replace(/[^\d+]/g, "");
}
function linkKey(url) {
  return (url ?? "").trim().toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");
}
function opt(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function applyPlan(data, plan) {
  const root = structuredClone(data);
  const people = root.people ?? [];
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const update of plan.updated) {
    const person = byId.get(update.id);
    if (!person)
      throw new Error(`applyPlan: no person ${update.id}`);
    for (const c of update.changes)
      person[c.field] = c.after;
  }
  if (plan.added.length)
    root.people = [...people, ...plan.added.map((a) => ({ ...a.person }))];
  if (plan.units.length)
    root.units = [...root.units ?? [], ...plan.units.map((u) => ({ ...u }))];
  return root;
}

// dist/import/edit.js
var ORDER = {
  root: Object.keys(AccountMapSchema.shape),
  person: Object.keys(PersonSchema.shape),
  unit: Object.keys(UnitSchema.shape)
};
function writePlan(text, index, plan) {
  const bom = text.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  const body = bom ? text.slice(1) : text;
  const docs = parse2(body);
  const doc = docs[index];
  if (!doc)
    throw new Error(`writePlan: the text has no document ${index}`);
  const editor = new Editor(body, doc);
  editor.addUnits(plan);
  editor.updatePeople(plan);
  editor.addPeople(plan);
  const out = editor.apply();
  verify(body, out, index, plan);
  return bom + out;
}
function parse2(body) {
  const docs = parseAllDocuments(body, { schema: "core", uniqueKeys: true, logLevel: "error" });
  return Array.isArray(docs) ? docs : [];
}
function verify(before, after, index, plan) {
  const old = parse2(before);
  const now = parse2(after);
  const problem = now.length !== old.length ? `${now.length} documents instead of ${old.length}` : now.some((d) => d.errors.length > 0) ? `a YAML error: ${now.find((d) => d.errors.length).errors[0].message}` : now.findIndex((d, i) => !isDeepStrictEqual(d.toJS(), i === index ? applyPlan(old[i].toJS(), plan) : old[i].toJS())) !== -1 ? "data other than planned" : void 0;
  if (problem)
    throw new Error(`the edited map would hold ${problem}; nothing was written (the map may use YAML anchors or aliases where the import writes)`);
}
var Editor = class {
  text;
  edits = [];
  eol;
  root;
  constructor(text, doc) {
    this.text = text;
    const crlf = text.split("\r\n").length - 1;
    const lf = text.split("\n").length - 1 - crlf;
    this.eol = crlf > lf ? "\r\n" : "\n";
    if (!isMap(doc.contents) || doc.contents.flow)
      throw new Error("writePlan: the map is not a block mapping (`key: value` lines)");
    this.root = doc.contents;
  }
  apply() {
    const edits = this.edits.map((e, order) => ({ ...e, order })).sort((a, b) => a.at - b.at || a.order - b.order);
    let out = "";
    let from = 0;
    for (const e of edits) {
      if (e.at < from)
        throw new Error("writePlan: two edits overlap");
      out += this.text.slice(from, e.at) + e.text;
      from = e.end;
    }
    return out + this.text.slice(from);
  }
  addUnits(plan) {
    const entries = plan.units.map((u) => Object.entries(u));
    if (entries.length)
      this.appendItems("units", entries);
  }
  addPeople(plan) {
    const entries = plan.added.map((a) => Object.entries(a.person).filter((e) => e[1] !== void 0));
    if (entries.length)
      this.appendItems("people", entries);
  }
  updatePeople(plan) {
    if (plan.updated.length === 0)
      return;
    const seq = this.root.get("people", true);
    if (!isSeq(seq))
      throw new Error("writePlan: the map has no list of people to update");
    const byId = /* @__PURE__ */ new Map();
    for (const it of seq.items) {
      const id = isMap(it) ? scalarText(it.get("id", true)) : void 0;
      if (id !== void 0 && isMap(it))
        byId.set(id, it);
    }
    for (const update of plan.updated) {
      const item = byId.get(update.id);
      if (!item)
        throw new Error(`writePlan: no person \`${update.id}\` in the map`);
      for (const change of update.changes)
        this.setKey(item, change.field, change.after);
    }
  }
  /** Sets `key` of a mapping to a text value: the value replaced, or the key added. */
  setKey(map, key, value) {
    const pair = map.items.find((p) => scalarText(p.key) === key);
    if (pair) {
      const node = pair.value;
      if (node && !isScalar(node) && !isAlias(node))
        throw new Error(`writePlan: \`${key}\` holds a list or mapping, not text`);
      if (node?.range) {
        const [start, end] = node.range;
        const written = this.text.slice(start, end);
        const tail = /[\r\n]+[ \t\r\n]*$/.exec(written)?.[0] ?? "";
        const space = start === end && this.text[start - 1] === ":" ? " " : "";
        const style = isScalar(node) ? node.type : void 0;
        this.edits.push({
          at: start,
          end,
          text: space + renderScalar(value, { flow: map.flow === true, style }) + tail
        });
        return;
      }
      throw new Error(`writePlan: cannot place the value of \`${key}\``);
    }
    if (map.flow) {
      this.insertInFlow(map, `${key}: ${renderScalar(value, { flow: true })}`);
      return;
    }
    const after = predecessor(map.items, key, ORDER.person);
    const indent = " ".repeat(this.column(keyStart(map.items[0])));
    this.insertLines(this.lineAfter(contentEnd(after)), [
      `${indent}${key}: ${renderScalar(value, { flow: false })}`
    ]);
  }
  /** New entries at the end of the top-level list `key` (created when missing). */
  appendItems(key, entries) {
    const pair = this.root.items.find((p) => scalarText(p.key) === key);
    const value = pair?.value;
    if (pair && isSeq(value) && value.flow) {
      const sample = value.items.find((it) => isMap(it));
      const padded = sample ? this.flowStyle(sample).padded : true;
      this.insertInFlow(value, entries.map((e) => flowMap(e, padded)).join(", "));
      return;
    }
    if (pair && isSeq(value) && value.items.length > 0) {
      const layout2 = this.listLayout(value);
      const lines = entries.flatMap((e) => [...layout2.blank ? [""] : [], ...layout2.item(e)]);
      const last = value.items[value.items.length - 1];
      this.insertLines(this.lineAfter(contentEnd(last)), lines);
      return;
    }
    const layout = this.defaultListLayout();
    const items = entries.flatMap((e, i) => [
      ...layout.blank && i > 0 ? [""] : [],
      ...layout.item(e)
    ]);
    if (pair) {
      if (value?.range && value.range[1] > value.range[0]) {
        const colon = this.text.indexOf(":", keyEnd(pair));
        this.edits.push({ at: colon + 1, end: value.range[1], text: "" });
      }
      this.insertLines(this.lineAfter(keyEnd(pair)), items);
      return;
    }
    const after = predecessor(this.root.items, key, ORDER.root);
    const indent = " ".repeat(this.column(keyStart(this.root.items[0])));
    const blank = this.separatedByBlankLines(this.root.items.map((p) => p));
    this.insertLines(this.lineAfter(contentEnd(after)), [
      ...blank ? [""] : [],
      `${indent}${key}:`,
      ...items.map((line) => line === "" ? "" : indent + line)
    ]);
  }
  /** How the entries of an existing block list are laid out: indentation, blank lines, flow. */
  listLayout(seq) {
    const maps = seq.items.filter((it) => isMap(it));
    const first = maps[0];
    const flow = maps.length > 0 && maps.every((m) => m.flow);
    const itemStart = seq.items[0].range[0];
    const dash = this.text.lastIndexOf("-", itemStart - 1);
    const dashCol = this.column(dash);
    const keyCol = first && !first.flow ? this.column(keyStart(first.items[0])) : dashCol + 2;
    const blank = this.separatedByBlankLines(seq.items);
    const padded = first?.flow ? this.flowStyle(first).padded : true;
    return {
      blank,
      item: (entry) => flow ? [`${" ".repeat(dashCol)}- ${flowMap(entry, padded)}`] : blockMap(entry, dashCol, Math.max(keyCol, dashCol + 2))
    };
  }
  /**
   * The layout of a list that does not exist yet: indented like the map's other lists of block
   * entries (a `team` of one-line `{ … }` entries does not make people one-liners), else 2 and 4.
   */
  defaultListLayout() {
    for (const p of this.root.items) {
      const v = p.value;
      if (isSeq(v) && !v.flow && isMap(v.items[0]) && !v.items[0].flow) {
        const layout = this.listLayout(v);
        const rootCol = this.column(keyStart(this.root.items[0]));
        return {
          blank: layout.blank,
          item: (entry) => layout.item(entry).map((line) => line.slice(rootCol))
        };
      }
    }
    return { blank: false, item: (entry) => blockMap(entry, 2, 4) };
  }
  flowStyle(map) {
    return { padded: /^\{\s/.test(this.text.slice(map.range[0])) };
  }
  /**
   * Insert `, text` before the closing bracket of a flow list or mapping; an empty one (`[]`,
   * `[ ]`) gets `text` alone, spaced as the brackets were.
   */
  insertInFlow(node, text) {
    const [start, end] = node.range;
    if (node.items.length === 0) {
      const padded = /\s/.test(this.text.slice(start + 1, end - 1));
      this.edits.push({ at: start + 1, end: end - 1, text: padded ? ` ${text} ` : text });
      return;
    }
    let at = end - 1;
    while (at > start + 1 && /\s/.test(this.text[at - 1]))
      at--;
    this.edits.push({ at, end: at, text: `${this.text[at - 1] === "," ? " " : ", "}${text}` });
  }
  insertLines(at, lines) {
    const lead = at > 0 && this.text[at - 1] !== "\n" ? this.eol : "";
    this.edits.push({ at, end: at, text: lead + lines.map((l) => l + this.eol).join("") });
  }
  /** The start of the line after the one that holds `offset` (or `offset` at a line start). */
  lineAfter(offset) {
    if (offset > 0 && this.text[offset - 1] === "\n")
      return offset;
    const nl = this.text.indexOf("\n", offset);
    return nl === -1 ? this.text.length : nl + 1;
  }
  column(offset) {
    return offset - (this.text.lastIndexOf("\n", offset - 1) + 1);
  }
  /** True when most neighbouring entries have a blank line between them. */
  separatedByBlankLines(items) {
    let blank = 0;
    for (let i = 1; i < items.length; i++) {
      const gap = this.text.slice(contentEnd(items[i - 1]), startOf(items[i]));
      if (/\n[ \t]*\r?\n/.test(gap))
        blank++;
    }
    return items.length > 1 && blank * 2 >= items.length - 1;
  }
};
function blockMap(entry, dashCol, keyCol) {
  return entry.map(([k, v], i) => {
    const lead = i === 0 ? `${" ".repeat(dashCol)}-${" ".repeat(keyCol - dashCol - 1)}` : " ".repeat(keyCol);
    return `${lead}${k}: ${renderScalar(v, { flow: false })}`;
  });
}
function flowMap(entry, padded) {
  const inner = entry.map(([k, v]) => `${k}: ${renderScalar(v, { flow: true })}`).join(", ");
  return padded ? `{ ${inner} }` : `{${inner}}`;
}
function renderScalar(value, context) {
  const defaultStringType = context.style === "QUOTE_DOUBLE" || context.style === "QUOTE_SINGLE" ? context.style : "PLAIN";
  const options = {
    lineWidth: 0,
    blockQuote: false,
    defaultStringType,
    flowCollectionPadding: false
  };
  if (context.flow) {
    const list = stringify([value], { ...options, collectionStyle: "flow" }).trim();
    return list.slice(1, -1);
  }
  return stringify(value, options).replace(/\r?\n$/, "");
}
function scalarText(node) {
  return isScalar(node) && node.value !== null ? String(node.value) : void 0;
}
function predecessor(pairs, key, order) {
  const rank = (k) => {
    const i = k === void 0 ? -1 : order.indexOf(k);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  const mine = rank(key);
  let best;
  for (const p of pairs) {
    const r = rank(scalarText(p.key));
    if (r < mine && (best === void 0 || r >= rank(scalarText(best.key))))
      best = p;
  }
  return best ?? pairs[pairs.length - 1];
}
function keyStart(pair) {
  return pair.key.range[0];
}
function keyEnd(pair) {
  return pair.key.range[1];
}
function startOf(item) {
  return isPair(item) ? keyStart(item) : item.range[0];
}
function contentEnd(item) {
  if (isPair(item)) {
    const value = item.value;
    return value?.range ? contentEnd(value) : keyEnd(item);
  }
  if ((isMap(item) || isSeq(item)) && !item.flow) {
    const last = item.items[item.items.length - 1];
    if (last)
      return contentEnd(last);
  }
  return item.range[1];
}

// dist/import/records.js
function cleanCell(cell) {
  if (cell === void 0)
    return "";
  const text = cell.replace(/\s+/g, " ").trim();
  const formula = /^="(.*)"$/.exec(text);
  return formula ? formula[1].trim() : text;
}
function toRecords(table, plan) {
  const { columns } = plan;
  const rows = [...table.rows];
  let footer = 0;
  if (table.header.length > 1) {
    while (rows.length > 0 && isFooterLine(rows[rows.length - 1].cells)) {
      rows.pop();
      footer++;
    }
  }
  const records = [];
  const skipped = [];
  const notes = [];
  for (const { row, cells } of rows) {
    const get = (field) => {
      const index = columns[field];
      return index === void 0 ? "" : cleanCell(cells[index]);
    };
    const name = get("name") || [get("first_name"), get("last_name")].filter(Boolean).join(" ");
    if (name === "") {
      skipped.push({ row, reason: "no name" });
      continue;
    }
    const record = { row, name };
    const set = (key, value) => {
      if (value !== "" && value !== void 0)
        record[key] = value;
    };
    set("title", get("title"));
    const email = get("email");
    if (email !== "" && !looksLikeEmail(email))
      notes.push(`row ${row}: \`${email}\` is not an email address, so it was left out`);
    else
      set("email", email);
    set("phone", get("phone") || get("mobile"));
    set("linkedin", get("linkedin"));
    set("department", get("unit"));
    set("manager", get("reports_to"));
    set("managerEmail", get("manager_email"));
    set("account", get("account"));
    records.push(record);
  }
  return { records, skipped, notes, footer };
}
function isFooterLine(cells) {
  return cells.length === 1 && cells[0].trim() !== "";
}
function looksLikeEmail(text) {
  return /^[^\s@]+@[^\s@]+$/.test(text);
}
function companyKey(name) {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}
function chooseAccount(records, account, hasAccountColumn) {
  const companies = /* @__PURE__ */ new Map();
  for (const r of records) {
    if (r.account === void 0)
      continue;
    const key2 = companyKey(r.account);
    const seen = companies.get(key2);
    if (seen)
      seen.rows++;
    else
      companies.set(key2, { name: r.account, rows: 1 });
  }
  const listed = () => [...companies.values()].sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name)).slice(0, 10).map((c) => `${c.name} (${c.rows} ${c.rows === 1 ? "row" : "rows"})`).join(", ") + (companies.size > 10 ? `, and ${companies.size - 10} more` : "");
  if (account === void 0) {
    if (companies.size > 1)
      return {
        ok: false,
        problem: `the file names ${companies.size} companies: ${listed()}; choose one with --account NAME`
      };
    const only = [...companies.values()][0];
    return { ok: true, records: [...records], dropped: 0, ...only ? { name: only.name } : {} };
  }
  if (!hasAccountColumn)
    return { ok: true, records: [...records], name: account, dropped: 0 };
  const key = companyKey(account);
  const kept = records.filter((r) => r.account !== void 0 && companyKey(r.account) === key);
  if (kept.length === 0)
    return {
      ok: false,
      problem: companies.size ? `no row of the file has the company \`${account}\`; it names: ${listed()}` : `no row of the file names a company, so none is \`${account}\`; leave out --account to import every row`
    };
  return {
    ok: true,
    records: kept,
    name: companies.get(key)?.name ?? account,
    dropped: records.length - kept.length
  };
}

// dist/import/index.js
function runImport(request) {
  const csv = readCsv(request.csv, { maxRows: request.maxRows });
  const aboutCsv = (problem) => ({
    kind: "problem",
    message: `${request.csvName}: ${problem}`
  });
  if (!csv.ok)
    return aboutCsv(csv.problem);
  const columns = resolveColumns(csv.table.header, request.source, request.columns);
  if (!columns.ok)
    return aboutCsv(columns.problem);
  const read = toRecords(csv.table, columns.plan);
  const choice = chooseAccount(read.records, request.account, columns.plan.columns.account !== void 0);
  if (!choice.ok)
    return aboutCsv(choice.problem);
  const { source, recognisedBy } = columns.plan;
  const notes = [
    `read ${request.csvName} as ${source === "spreadsheet" ? "a spreadsheet" : `a ${source === "salesforce" ? "Salesforce" : "HubSpot"} export`}${recognisedBy.length ? ` (recognised by ${recognisedBy.join(", ")})` : ""}, fields separated by ${delimiterName(csv.table.delimiter)}`
  ];
  if (read.footer)
    notes.push(`left out ${plural(read.footer, "footer line")} at the end (a report's footer, not people)`);
  if (choice.dropped)
    notes.push(`kept the ${plural(choice.records.length, "row")} of ${choice.name}; left out ${plural(choice.dropped, "row")} of other companies (or of none)`);
  notes.push(...read.notes);
  let text;
  let map;
  let document = 0;
  const created = request.into.text === void 0;
  if (request.into.text === void 0) {
    const name = choice.name ?? request.account;
    if (name === void 0)
      return {
        kind: "problem",
        message: `${request.into.file} does not exist yet, and ${request.csvName} names no company to call the new map's account; name it with --account NAME`
      };
    const id = request.id ?? (slugify(name) || "account");
    text = newMapText({ id, name, csvName: request.csvName, schema: request.schema });
    map = { acctmap: 1, account: { id, name } };
  } else {
    text = request.into.text;
    const check = checkSources([{ file: request.into.file, text }]);
    const errors2 = check.diagnostics.filter((d) => d.severity === "error");
    if (errors2.length)
      return { kind: "invalid", when: "before", diagnostics: errors2 };
    const target = chooseMap(check.maps, request, choice.name);
    if ("problem" in target)
      return { kind: "problem", message: target.problem };
    map = target.map.map;
    document = target.map.document;
  }
  const plan = planImport(map, choice.records, { markMissingLeft: request.markMissingLeft });
  plan.skipped.unshift(...read.skipped);
  plan.skipped.sort((a, b) => a.row - b.row);
  const edited = writePlan(text, document, plan);
  const after = checkSources([{ file: request.into.file, text: edited }]);
  const errors = after.diagnostics.filter((d) => d.severity === "error");
  if (errors.length)
    return { kind: "invalid", when: "after", diagnostics: errors };
  return {
    kind: "done",
    text: edited,
    changed: created || edited !== text,
    created,
    plan,
    notes: [...notes, ...plan.notes]
  };
}
function chooseMap(maps, request, accountName) {
  const file = request.into.file;
  if (maps.length === 1 && request.id === void 0)
    return { map: maps[0] };
  if (request.id !== void 0) {
    const byId = maps.find((m) => m.map.account.id === request.id);
    if (byId)
      return { map: byId };
    return {
      problem: `${file} has no map with the account id \`${request.id}\`; it holds ${maps.map((m) => `\`${m.map.account.id}\``).join(", ")}`
    };
  }
  const name = accountName ?? request.account;
  const byName = name ? maps.filter((m) => nameKey(m.map.account.name) === nameKey(name)) : [];
  if (byName.length === 1)
    return { map: byName[0] };
  return {
    problem: `${file} holds ${maps.length} maps (${maps.map((m) => `\`${m.map.account.id}\``).join(", ")}); say which one the people go into with --id`
  };
}
function newMapText(options) {
  const lines = [
    ...options.schema ? [`# yaml-language-server: $schema=${options.schema}`, "#"] : [],
    `# People imported from ${(options.csvName.split("/").pop() ?? "").replace(/[\r\n]+/g, " ")} by \`acctmap import\`. What no export knows is`,
    "# yours to add: stance, influence, strength, roles, owner and notes (docs/format.md).",
    "# Import the next export the same way: titles, departments and contact details are updated,",
    "# and what you write here stays as you wrote it.",
    "",
    "acctmap: 1",
    "",
    "account:",
    `  id: ${options.id}`,
    `  name: ${renderScalar(options.name, { flow: false })}`
  ];
  return `${lines.join("\n")}
`;
}

// dist/import/report.js
function summaryLine(plan) {
  const missing = plan.missing.length;
  return `${plan.added.length} added, ${plan.updated.length} updated, ${missing} missing from the export${missing && plan.markMissingLeft ? " (marked left)" : ""}`;
}
function changeList(plan, options) {
  const would = options.dryRun;
  const { green, yellow, red, bold } = options.style ?? plainStyle;
  const out = [];
  const head = options.dryRun ? `Dry run: nothing written. ${options.created ? `The new map ${options.file} would get` : `${options.file} would get`}:` : `${options.created ? "Wrote the new map" : "Updated"} ${options.file}:`;
  out.push(head);
  const show = (text) => JSON.stringify(escapeControls(text));
  if (plan.units.length) {
    out.push("", `New units (${plan.units.length}):`);
    for (const u of plan.units)
      out.push(`  ${green("+")} ${u.id}: ${show(u.name)}`);
  }
  if (plan.added.length) {
    out.push("", `New people (${plan.added.length}):`);
    for (const { row, person } of plan.added) {
      out.push(`  ${green("+")} ${bold(person.id)}: ${show(person.name)} (row ${row})`);
      for (const [key, value] of Object.entries(person))
        if (key !== "id" && key !== "name" && value !== void 0)
          out.push(`      ${key}: ${show(value)}`);
    }
  }
  if (plan.updated.length) {
    out.push("", `Updated people (${plan.updated.length}):`);
    for (const u of plan.updated) {
      out.push(`  ${yellow("~")} ${bold(u.id)}: ${show(u.name)}${u.row === void 0 ? "" : ` (row ${u.row})`}`);
      for (const c of u.changes)
        out.push(`      ${c.field}: ${c.before === void 0 ? "(not set)" : show(c.before)} \u2192 ${show(c.after)}`);
    }
  }
  if (plan.missing.length) {
    out.push("", `Missing from the export (${plan.missing.length}):`);
    for (const m of plan.missing)
      out.push(`  ${red("-")} ${bold(m.id)}: ${show(m.name)}`);
    out.push(plan.markMissingLeft ? `    ${would ? "would be" : "were"} marked \`status: left\` (--mark-missing-left)` : "    still in the map as they were; if they have left, run again with --mark-missing-left");
  }
  if (plan.skipped.length) {
    out.push("", `Rows not imported (${plan.skipped.length}):`);
    for (const s of plan.skipped)
      out.push(`  row ${s.row}: ${escapeControls(s.reason)}`);
  }
  if (plan.added.length + plan.updated.length + plan.units.length === 0)
    out.push("", `  nothing to change: the map already says what the export says`);
  out.push("", summaryLine(plan));
  return `${out.join("\n")}
`;
}
function jsonReport(plan, options) {
  return `${JSON.stringify({
    file: options.file,
    dry_run: options.dryRun,
    created: options.created,
    added: plan.added.map((a) => a.person.id),
    updated: plan.updated.map((u) => ({ id: u.id, fields: u.changes.map((c) => c.field) })),
    missing: plan.missing.map((m) => m.id),
    skipped: plan.skipped.map((s) => ({ row: s.row, reason: s.reason })),
    units_added: plan.units.map((u) => u.id)
  }, null, 2)}
`;
}

// dist/cli/actions/import.js
var MAX_EXPORT_BYTES = 64 * 1024 * 1024;
async function importPeople(csvPath, options) {
  const ctx = makeContext(options);
  const maxRows = parseMaxRows(options.maxRows);
  const columns = (options.column ?? []).map((value) => {
    const parsed = parseColumnOverride(value);
    if (!parsed.ok)
      throw new UsageError(parsed.problem);
    return parsed.override;
  });
  checkIdOption(options.id);
  outputTarget(ctx.output, ctx.cwd, {
    command: "acctmap import",
    example: options.format === "json" ? "import.json" : "import.txt"
  });
  const intoTarget = outputTarget(options.into, ctx.cwd, {
    command: "acctmap import",
    example: "account.acctmap.yaml",
    flag: "--into"
  });
  if (intoTarget.kind === "stdout")
    throw new UsageError("--into names the map file to create or update; - (stdout) is not a file (use --dry-run to see what would change)");
  const csvName = displayPath(path.resolve(csvPath));
  const csv = readExport(csvPath, csvName);
  const into = displayPath(path.resolve(options.into));
  const found = existsSync(options.into) ? readMap(options.into, ctx.config.config.max_file_mb) : void 0;
  const existing = found?.text.trim() === "" ? void 0 : found;
  const schema = existing === void 0 ? findSchema(path.dirname(path.resolve(options.into))) : void 0;
  const outcome = runImport({
    csv: csv.text,
    csvName,
    into: { file: into, ...existing ? { text: existing.text } : {} },
    source: options.source === "auto" ? "auto" : options.source,
    columns,
    ...options.account !== void 0 ? { account: options.account } : {},
    ...options.id !== void 0 ? { id: options.id } : {},
    maxRows,
    markMissingLeft: options.markMissingLeft === true,
    ...schema ? { schema } : {}
  });
  if (outcome.kind === "problem")
    throw new UsageError(outcome.message);
  if (outcome.kind === "invalid") {
    process.stderr.write(outcome.when === "before" ? `acctmap: ${escapeTerminal(into)} does not validate, so the import did not touch it; fix these first (\`acctmap validate ${escapeTerminal(into)}\`):
` : `acctmap: after the import ${escapeTerminal(into)} would not validate, so nothing was written:
`);
    for (const d of outcome.diagnostics) {
      const where = outcome.when === "before" ? `${d.file}:${d.line}:${d.column}` : d.path || d.file;
      process.stderr.write(`${escapeTerminal(`  ${where}  ${d.message}  (${d.rule})`)}
`);
    }
    if (outcome.when === "after")
      process.stderr.write('acctmap: the export says so: correct those rows (or leave a column out with --column "Header=-") and import again\n');
    return EXIT.findings;
  }
  for (const line of [...csv.notes, ...outcome.notes])
    note(ctx, `acctmap: ${line}`);
  if (outcome.created && !/\.acctmap\.ya?ml$/.test(options.into))
    note(ctx, "acctmap: name map files *.acctmap.yaml so that `acctmap validate` finds them by itself");
  const dryRun = options.dryRun === true;
  if (!dryRun && outcome.changed) {
    await yieldToSignals();
    writeFileAtomic(options.into, (existing?.bom ?? "") + outcome.text, { replaceMap: true });
  }
  const shown = { file: into, dryRun, created: existing === void 0 };
  if (options.format === "json")
    emit(ctx, jsonReport(outcome.plan, shown));
  else if (!ctx.quiet)
    emit(ctx, changeList(outcome.plan, { ...shown, style: ctx.style }));
  return EXIT.ok;
}
function parseMaxRows(value) {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--max-rows takes a whole number of 1 or more, got \`${value}\``);
  return Number(value);
}
function readExport(file, shown) {
  const read = readFileBytes(file, MAX_EXPORT_BYTES, {
    kind: "export",
    advice: "export only the account's contacts"
  });
  if ("problem" in read)
    throw new UsageError(read.problem.startsWith("cannot") ? read.problem : `${shown}: ${read.problem}`);
  const { bytes } = read;
  const workbook = workbookKind(bytes);
  if (workbook)
    throw new UsageError(`${shown} is ${workbook}, not CSV: in Excel choose File \u2192 Save As \u2192 "CSV UTF-8 (comma delimited)" and import that file`);
  const decoded = decode(bytes);
  if ("text" in decoded)
    return { text: decoded.text, notes: [] };
  if (decoded.reason === "not-utf8") {
    return {
      // Node's own TextDecoder reads "windows-1252" as Latin-1 and loses €, – and curly quotes.
      text: iconv.decode(bytes, "win1252"),
      notes: [
        `${shown} is not UTF-8, so it was read as Windows-1252 (what Excel writes for "CSV" in a Nordic locale); save it as "CSV UTF-8" if any letters look wrong`
      ]
    };
  }
  throw new UsageError(`${shown}: ${decoded.reason === "binary" ? "the file holds NUL bytes, so it is not a CSV text file; export the contacts as CSV" : decoded.problem}`);
}
function workbookKind(bytes) {
  const starts = (...sig) => sig.every((b, i) => bytes[i] === b);
  if (starts(80, 75, 3, 4))
    return "an Excel workbook (.xlsx) or another zip file";
  if (starts(208, 207, 17, 224, 161, 177, 26, 225))
    return "an old Excel workbook (.xls)";
  return void 0;
}
function readMap(file, maxMb) {
  const read = readFileBytes(file, Math.round(maxMb * 1024 * 1024));
  if ("problem" in read)
    throw new UsageError(read.problem);
  const { bytes } = read;
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)
    throw new UsageError(`${displayPath(path.resolve(file))} is saved as UTF-16; acctmap import edits UTF-8 maps only, so re-save it as UTF-8 first`);
  const decoded = decode(bytes);
  if ("problem" in decoded)
    throw new UsageError(`${displayPath(path.resolve(file))}: ${decoded.problem}`);
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? "\uFEFF" : "";
  return { text: decoded.text, bom };
}
export {
  importPeople
};
