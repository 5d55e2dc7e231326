// Node's own debug output (NODE_DEBUG) and the secrets it can print. A module of its own, with no
// import: both entries check it at start, before any command runs, and must not load the docker
// config's file and hashing code to do so.

/** Node debug sections that print, or may print, request options: the Authorization header with them. */
const HEADER_PRINTING_SECTIONS = ['http', 'https', 'net', 'tls', 'fetch', 'undici'];

/**
 * A warning when NODE_DEBUG makes Node print the registry's Authorization header (the password, in
 * base64). NODE_DEBUG is matched as Node matches it: comma-separated, `*` wildcards, any case.
 */
export function nodeDebugWarning(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.NODE_DEBUG;
  if (!value) return undefined;
  const pattern = value
    .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replaceAll(',', '$|^');
  const enabled = new RegExp(`^${pattern}$`, 'i');
  const shown = HEADER_PRINTING_SECTIONS.filter((s) => enabled.test(s));
  if (shown.length === 0) return undefined;
  return `NODE_DEBUG=${value} turns on Node's debug output for ${shown.join(', ')}, which can print request headers, the registry's Authorization header among them (the password in base64, readable by anyone who sees the log); unset NODE_DEBUG or leave those sections out`;
}
