import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);
import {
  outputTarget
} from "./chunk-UVMY4ATT.js";
import {
  makeStyle
} from "./chunk-HMHVJ7MO.js";
import {
  ruleCatalog
} from "./chunk-3PMCQ3JK.js";
import "./chunk-EOFZAPUG.js";
import "./chunk-M5GZM46X.js";
import "./chunk-XJYOIXLA.js";
import {
  useColor
} from "./chunk-OHYZK4TA.js";
import "./chunk-IAOW2ERF.js";
import {
  writeOutput
} from "./chunk-LITMVH3X.js";
import "./chunk-CE5LU4KN.js";
import "./chunk-A4RBNV6B.js";
import {
  EXIT
} from "./chunk-AR6G5YW2.js";
import "./chunk-ZV4OTCNF.js";

// dist/rules/catalog.js
var HEADINGS = {
  "red-flag": "Red flags: the relationship with a key account is changing",
  "map-quality": "Map quality: the map is too thin or too old to trust"
};
function formatCatalogText(rules2, style) {
  const idWidth = Math.max(...rules2.map((r) => r.id.length));
  const sevWidth = Math.max(...rules2.map((r) => r.defaultSeverity.length));
  const out = [];
  for (const category of Object.keys(HEADINGS)) {
    const list = rules2.filter((r) => r.category === category);
    if (list.length === 0)
      continue;
    out.push(style.bold(HEADINGS[category]));
    for (const r of list) {
      const colour = r.defaultSeverity === "error" ? style.red : r.defaultSeverity === "warning" ? style.yellow : style.blue;
      out.push(`  ${r.id.padEnd(idWidth)}  ${colour(r.defaultSeverity.padEnd(sevWidth))}  ${r.description}`);
    }
    out.push("");
  }
  out.push(style.dim(`${rules2.length} rules. Change a severity or an option in acctmap.config.yaml (\`rules: {stale-contact: {severity: error, days: 60}}\`) or with \`--rule ID=SEVERITY\`; each rule has a page in docs/rules/<id>.md.`));
  return `${out.join("\n")}
`;
}
function formatCatalogJson(rules2) {
  const data = {
    rules: rules2.map((r) => ({
      id: r.id,
      default_severity: r.defaultSeverity,
      category: r.category,
      description: r.description,
      help: r.help,
      docs: r.docs,
      portfolio: r.portfolio,
      options: Object.fromEntries(r.options.map((o) => [o.name, { default: o.default, description: o.description }]))
    }))
  };
  return `${JSON.stringify(data, null, 2)}
`;
}

// dist/cli/actions/rules.js
function rules(options) {
  const catalog = ruleCatalog();
  const target = outputTarget(options.output, process.cwd(), {
    command: "acctmap rules",
    example: options.format === "json" ? "rules.json" : "rules.txt"
  });
  const toFile = target.kind !== "stdout";
  const text = options.format === "json" ? formatCatalogJson(catalog) : formatCatalogText(catalog, makeStyle(!toFile && useColor(process.stdout, options.color)));
  writeOutput(target.kind === "file" ? target.path : void 0, text);
  return EXIT.ok;
}
export {
  rules
};
