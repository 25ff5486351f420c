// acctmap renders with a system Chromium (see README, "Rendering"); installing it must never
// download a browser build of its own.
module.exports = { skipDownload: true };
