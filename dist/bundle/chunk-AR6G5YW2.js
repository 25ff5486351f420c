import { createRequire as __acctmapCreateRequire } from 'node:module';
const require = __acctmapCreateRequire(import.meta.url);

// dist/cli/errors.js
var EXIT = {
  ok: 0,
  findings: 1,
  failure: 2,
  bug: 70,
  interrupted: 130,
  terminated: 143
};
var UsageError = class extends Error {
  name = "UsageError";
};
function describeSystemError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "ELOOP":
      return "too many symbolic links (a link loop)";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "the file system is read-only";
    case "EIO":
      return "an input/output error (the disk or file system could not read it)";
    case "EFBIG":
      return "the file would be larger than this system allows (a file size limit)";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EMFILE":
      return "too many open files";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export {
  EXIT,
  UsageError,
  describeSystemError
};
