// Loaded with `node --require` by the tests that run the Agents Toolkit CLI: every host name other
// than localhost fails to resolve at once, so the CLI's calls to Microsoft's experimentation and
// telemetry services (made even with --telemetry false) never leave the machine or wait on DNS.
const dns = require("node:dns");
const original = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  const done = typeof options === "function" ? options : callback;
  if (hostname === "localhost" || hostname === "127.0.0.1" || hostname === "::1") {
    return original.apply(this, arguments);
  }
  const error = Object.assign(new Error(`offline: ${hostname} is not resolved in tests`), {
    code: "ENOTFOUND",
    hostname,
  });
  process.nextTick(() => done(error));
  return {};
};
