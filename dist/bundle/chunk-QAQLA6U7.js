import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  outputTarget
} from "./chunk-UVMY4ATT.js";
import {
  note
} from "./chunk-FEQYHIU2.js";
import {
  BUYING_ROLES,
  CONNECTION_STRENGTHS,
  CONNECTION_TYPES,
  EVENT_TYPES,
  GOAL_STATUSES,
  LEVELS,
  OPPORTUNITY_STAGES,
  PERSON_STATUSES,
  RELATIONSHIP_STATUSES,
  ROI_VALUES,
  SLUG_PATTERN,
  STAGES,
  STANCES,
  STRENGTHS,
  TIERS,
  slugify
} from "./chunk-XJYOIXLA.js";
import {
  today
} from "./chunk-EP3XH6LY.js";
import {
  isMapFileName
} from "./chunk-OIC7LVBH.js";
import {
  writeNewFile
} from "./chunk-LITMVH3X.js";
import {
  addYears,
  capitalise,
  isCalendarDate,
  oneLine
} from "./chunk-A4RBNV6B.js";
import {
  EXIT,
  UsageError
} from "./chunk-AR6G5YW2.js";

// dist/cli/actions/init.js
import { existsSync } from "node:fs";
import * as path from "node:path";

// dist/init/starter.js
import { stringify } from "yaml";
function starterMap(options) {
  const { today: today2 } = options;
  if (!isCalendarDate(today2)) {
    throw new RangeError(`starterMap: today must be a date written YYYY-MM-DD, got ${today2}`);
  }
  const id = options.id ?? (options.name !== void 0 && slugify(options.name) || "my-account");
  const name = options.name ?? (options.id !== void 0 ? titleFromId(options.id) : "My Account");
  const year = Number(today2.slice(0, 4));
  const schemaLine = options.schema !== void 0 ? `# yaml-language-server: $schema=${options.schema}
#
` : "";
  const schemaHint = options.schema !== void 0 ? "" : `#
# Completion and checking while you type (VS Code with the YAML extension, and other editors
# that use yaml-language-server): save the schema with \`acctmap schema > account-map.schema.json\`
# and put this line at the very top of the file, with the path to where you saved it:
#   # yaml-language-server: $schema=./account-map.schema.json
`;
  return `${schemaLine}# Account map for ${oneLine(name)}, started with \`acctmap init\` on ${today2}.
#
# An account map describes one customer or target account: who the people are, how they relate
# to each other and to us, where the money is, what we are trying to achieve together, and what
# has happened lately. Only \`acctmap\` and \`account\` are required: delete the sections you do
# not need, and copy an entry (the lines from its \`-\` down) to add another.
#
# Ids are lowercase letters, digits and dashes (\`anna-berg\`); other sections refer to them.
# Dates are written YYYY-MM-DD. Every key is explained in docs/format.md.
# Check the map with:  acctmap validate <this file>
${schemaHint}
acctmap: 1 # the format version: always 1 for now

account:
  id: ${scalar(id)} # unique across all your maps; other tools and reports use it
  name: ${scalar(name)}
  industry: Manufacturing
  country: Norway
  segment: Enterprise
  website: https://example.com
  employees: 1200
  owner: your-id # the team member (under \`team\`) who owns the account
  tier: growth # what we declare it to be: ${choices(TIERS)}
  reviewed: ${today2} # when the whole map was last reviewed; update it after every review
  tags: [example]

# The state of our relationship with the account.
relationship:
  status: customer # ${choices(RELATIONSHIP_STATUSES)}
  since: ${addYears(today2, -1)} # when the relationship began
  stage: basic # ${choices(STAGES)}
  long_term_interest: medium # do they want a long-term relationship? ${choices(LEVELS)}
  commonality: medium # how much the two companies have in common: ${choices(LEVELS)}
  common_ground: [Same ERP platform]
  roi: # does each side see a return? ${choices(ROI_VALUES)}
    ours: positive
    theirs: positive
  competitors: [Other Supplier AS] # competitors present at the account
  renewal: ${addYears(today2, 1)} # when the current agreement is up for renewal

# Money. Amounts are plain numbers: no quotes, spaces or thousands separators.
financials:
  currency: EUR # ISO 4217 code: EUR, NOK, SEK, DKK, USD, ...
  revenue: # per year (${year - 1}) or per quarter (${year - 1}-Q3); one kind in one map
    ${year - 2}: 100000
    ${year - 1}: 120000
  margin: 0.25 # gross margin as a fraction (0.25 is 25 %), or per period like revenue
  wallet: 500000 # what they spend per year in our category
  potential: 200000 # what we could reach per year

# Our own people on the account.
team:
  - id: your-id
    name: Your Name
    role: Account manager
    email: you@example.com

# The account's departments and how they depend on each other.
units:
  - id: management
    name: Management group
  - id: it
    name: IT
    parent: management # the unit it belongs to
  - id: operations
    name: Operations
    parent: management
    depends_on: [it] # units whose work this one needs

# The account's people. Stance, notes, email, phone and linkedin are judgments and personal data:
# keep them accurate and only as long as they are needed (see "Privacy" in docs/format.md).
people:
  - id: first-contact
    name: First Contact
    title: Head of IT
    unit: it # a unit id
    reports_to: the-boss # the person's manager: another id under people
    # dotted_to: [other-manager-id]  (dotted-line / matrix managers)
${commentList("buying roles, any of", BUYING_ROLES, "    ")}
    roles: [champion]
    stance: supporter # toward us: ${choices(STANCES)}
    influence: medium # weight in decisions: ${choices(LEVELS)}
    strength: medium # our relationship with them: ${choices(STRENGTHS)}
    owner: your-id # the team member who owns the relationship
    last_contact: ${today2} # our last real contact
    status: active # ${choices(PERSON_STATUSES)} (someone who left stays on the map as history)
    # now_at: other-account-id  (someone who left: where they work now, account id or company)
    responsibilities: [IT operations]
    challenges: [Too many suppliers]
    goals: [Fewer, better suppliers]
    notes: Met at the ${year} user conference.
    email: first.contact@example.com
  - id: the-boss
    name: The Boss
    title: Chief information officer
    unit: management
    roles: [economic-buyer] # signs off the budget
    stance: neutral
    influence: high
    strength: medium
    owner: your-id
    last_contact: ${today2}
  - id: second-contact
    name: Second Contact
    title: IT operations manager
    unit: it
    reports_to: first-contact
    roles: [user-buyer]
    stance: supporter
    influence: low
    strength: medium
    owner: your-id
    last_contact: ${today2}

# Relationships that are not reporting lines. From a team member to a person: a warm path.
connections:
  - from: your-id # an id under team or people
    to: first-contact
    type: knows # ${choices(CONNECTION_TYPES)}
    strength: medium # ${choices(CONNECTION_STRENGTHS)}

# Goals we share with the account.
goals:
  - id: first-goal
    title: Cut IT incidents by a third
    owner: first-contact # a person at the account
    our_owner: your-id # a team member
    due: ${addYears(today2, 1)}
    status: planned # ${choices(GOAL_STATUSES)}
    measure: Incidents per month

# Open and closed business: cross-sell, upsell, renewals.
opportunities:
  - id: first-opportunity
    title: Managed backup
    unit: it
    value: 50000
    stage: identified # ${choices(OPPORTUNITY_STAGES)}
    # closed: YYYY-MM-DD  (when it was won or lost)
    # lost_to: Who Won Instead
    # recurring: true     (business that would normally come back to us every cycle)

# Dated things that happened at or with the account.
events:
  - date: ${today2}
${commentList("type, one of", EVENT_TYPES, "    ")}
    type: other
    summary: Started this account map.
    people: [first-contact, your-id]

# Free-form facts for your context, with any keys you like: a VC firm's investment preferences,
# a brand's audience and channels, the improvement areas an assessment found, ...
profile:
  buying_cycle: Budgets are set in October

notes: Anything else worth knowing about the account.
`;
}
function scalar(text) {
  const plain = stringify(text, { lineWidth: 0 }).trimEnd();
  return plain.includes("\n") ? JSON.stringify(text) : plain;
}
function choices(values) {
  return values.join(" | ");
}
function commentList(label, values, indent) {
  const lines = [];
  let line = `${indent}# ${label}:`;
  for (const [i, value] of values.entries()) {
    const word = ` ${value}${i < values.length - 1 ? "," : ""}`;
    if (line.length + word.length > 100) {
      lines.push(line);
      line = `${indent}#  `;
    }
    line += word;
  }
  lines.push(line);
  return lines.join("\n");
}
function titleFromId(id) {
  return id.split("-").filter(Boolean).map(capitalise).join(" ");
}

// dist/cli/actions/init.js
function checkIdOption(id) {
  if (id !== void 0 && !SLUG_PATTERN.test(id)) {
    throw new UsageError(`--id must be a slug: lowercase letters, digits and dashes (for example acme-corp), got \`${id}\``);
  }
}
function init(file, options) {
  checkIdOption(options.id);
  const target = outputTarget(file, process.cwd(), {
    command: "acctmap init",
    example: "account.acctmap.yaml",
    flag: ""
  });
  const schema = target.kind === "stdout" ? void 0 : findSchema(path.dirname(path.resolve(file)));
  const { id, name } = options;
  const text = starterMap({
    ...id !== void 0 ? { id } : {},
    ...name !== void 0 ? { name } : {},
    today: today(),
    ...schema ? { schema } : {}
  });
  if (target.kind === "stdout") {
    process.stdout.write(text);
    return EXIT.ok;
  }
  writeNewFile(file, text);
  note(options, `acctmap: wrote ${file}; fill it in, then run \`acctmap validate ${file}\`${isMapFileName(file) ? "" : " (name map files *.acctmap.yaml so that `acctmap validate` finds them by itself)"}`);
  return EXIT.ok;
}
var SCHEMA_PLACES = [
  "account-map.schema.json",
  "schemas/account-map.schema.json",
  "node_modules/acctmap/schemas/account-map.schema.json"
];
function findSchema(folder) {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    for (const place of SCHEMA_PLACES) {
      const candidate = path.join(dir, place);
      if (existsSync(candidate)) {
        const relative2 = path.relative(folder, candidate).split(path.sep).join("/");
        return relative2.startsWith(".") ? relative2 : `./${relative2}`;
      }
    }
    if (existsSync(path.join(dir, ".git")) || path.dirname(dir) === dir)
      return void 0;
  }
}

export {
  checkIdOption,
  init,
  findSchema
};
