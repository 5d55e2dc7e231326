// Node's own debug output (NODE_DEBUG) and the secrets it prints. A module of its own, with no
// import: both entries check it at start, before any command runs, and must not load the docker
// config's file and hashing code to do so.
//
// Why refuse rather than warn: Node reads NODE_DEBUG once, at start, and prints to stderr from
// inside its modules, in a form we cannot redact: `http`, `https`, `net` and `tls` print each
// request's options (the registry's `Authorization: Basic base64(AWS:password)`, the SigV4 call's
// `x-amz-security-token`, the container credentials endpoint's token and secret path), `fetch` and
// `undici` print request URLs and headers, and `child_process` prints the whole environment a
// process is spawned with. Masking in a CI log is not enough (a log kept any other way has them in
// clear), and no request of ours could avoid those modules. `--debug` shows each request without a
// secret instead.

/** Node debug sections that print secrets: request options and headers, or a child's environment. */
const SECRET_PRINTING_SECTIONS = ['http', 'https', 'http2', 'net', 'tls', 'fetch', 'undici', 'child_process'];

/**
 * Why this run must not start, when NODE_DEBUG turns on a section that prints secrets; `instead`
 * names the safe way to see each request. NODE_DEBUG is matched as Node matches it: comma-separated
 * names, `*` wildcards, any case.
 */
export function nodeDebugRefusal(env: NodeJS.ProcessEnv, instead: string): string | undefined {
  const value = env.NODE_DEBUG;
  if (!value) return undefined;
  const pattern = value
    .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replaceAll(',', '$|^');
  const enabled = new RegExp(`^${pattern}$`, 'i');
  const shown = SECRET_PRINTING_SECTIONS.filter((s) => enabled.test(s));
  if (shown.length === 0) return undefined;
  return `NODE_DEBUG=${value} turns on Node's debug output for ${shown.join(', ')}, which prints secrets (request headers with the registry password and the AWS session token, a child process's environment); not run. Unset NODE_DEBUG or leave ${shown.length === 1 ? 'that section' : 'those sections'} out; ${instead} shows each request without a secret`;
}
