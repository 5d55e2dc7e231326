/** The upstream store backed by a docker-registry process, spoken to over the distribution API. */
import { MANIFEST_MEDIA_TYPES, sha256Digest } from './images.js';
import type { UpstreamStore } from './upstream.js';
import type { RegistryProcess } from './upstream-registry-process.js';

const ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');

async function expect(res: Response, ok: number[], what: string): Promise<Response> {
  if (ok.includes(res.status)) return res;
  const body = await res.text();
  throw new Error(`upstream docker-registry: ${what} answered ${res.status}: ${body.slice(0, 300)}`);
}

export function createRegistryUpstream(child: RegistryProcess): UpstreamStore {
  const base = child.url;
  const v2 = (repository: string, rest: string) => `${base}/v2/${repository}/${rest}`;

  return {
    kind: 'registry',
    url: base,
    async getManifest(repository, reference) {
      const res = await fetch(v2(repository, `manifests/${reference}`), { headers: { Accept: ACCEPT } });
      if (res.status === 404) {
        await res.arrayBuffer();
        return undefined;
      }
      await expect(res, [200], `GET manifest ${repository}:${reference}`);
      const body = Buffer.from(await res.arrayBuffer());
      const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      return { digest: res.headers.get('docker-content-digest') ?? sha256Digest(body), mediaType, body };
    },
    async getBlob(repository, digest) {
      const res = await fetch(v2(repository, `blobs/${digest}`));
      if (res.status === 404) {
        await res.arrayBuffer();
        return undefined;
      }
      await expect(res, [200], `GET blob ${repository}@${digest}`);
      return Buffer.from(await res.arrayBuffer());
    },
    async repositoryExists(repository) {
      const res = await fetch(v2(repository, 'tags/list'));
      const body = (await res.json().catch(() => ({}))) as { tags?: string[] | null };
      return res.status === 200 && (body.tags?.length ?? 0) > 0;
    },
    async putBlob(repository, digest, data) {
      const head = await fetch(v2(repository, `blobs/${digest}`), { method: 'HEAD' });
      if (head.status === 200) return;
      const start = await expect(
        await fetch(v2(repository, 'blobs/uploads/'), { method: 'POST' }),
        [202],
        `start upload to ${repository}`,
      );
      await start.arrayBuffer();
      const location = new URL(start.headers.get('location') ?? '', base);
      location.searchParams.set('digest', digest);
      const put = await fetch(location, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: data,
      });
      await (await expect(put, [201], `upload ${repository}@${digest}`)).arrayBuffer();
    },
    async putManifest(repository, reference, mediaType, body) {
      const res = await fetch(v2(repository, `manifests/${reference}`), {
        method: 'PUT',
        headers: { 'Content-Type': mediaType },
        body,
      });
      await (await expect(res, [201], `PUT manifest ${repository}:${reference}`)).arrayBuffer();
    },
    async deleteManifest(repository, digest) {
      const res = await fetch(v2(repository, `manifests/${digest}`), { method: 'DELETE' });
      await (await expect(res, [202], `DELETE manifest ${repository}@${digest}`)).arrayBuffer();
    },
    close: () => child.stop(),
  };
}
