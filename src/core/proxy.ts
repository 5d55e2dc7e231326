// Which proxy a URL goes through, by HTTPS_PROXY / HTTP_PROXY / NO_PROXY as curl reads them
// (either case; NO_PROXY entries match the host or any subdomain; `*` disables proxying).

export function proxyFor(url: string, env: Record<string, string | undefined>): string | undefined {
  const u = new URL(url);
  const proxy =
    u.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy);
  if (!proxy) return undefined;
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  const noProxy = env.NO_PROXY ?? env.no_proxy ?? '';
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return undefined;
    const [name, entryPort] = entry.startsWith('[')
      ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]]
      : entry.split(':');
    if (entryPort && entryPort !== port) continue;
    const bare = name!.replace(/^\*?\./, '');
    if (host === bare || host.endsWith(`.${bare}`)) return undefined;
  }
  return proxy.includes('://') ? proxy : `http://${proxy}`;
}
