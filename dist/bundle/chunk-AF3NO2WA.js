import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/diagram/views.js
var VIEWS = ["org", "influence", "units"];
var DIAGRAM_FORMATS = ["mmd", "md", "svg", "png", "pdf"];

export {
  VIEWS,
  DIAGRAM_FORMATS
};
