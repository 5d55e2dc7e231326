// Why warm could not make an image ready, and the likely fix, in the user's terms: each failure warm
// sees (a registry answer, an API error, the deadline, a moved tag, a missing platform) as data, and
// one function that says what it means. What the deadline means is in deadline-diagnosis.ts.

import { awsHint } from '../aws-failure.js';
import { DOCKER_HUB, isOfficialImageName, OFFICIAL_NAMESPACE } from '../image/reference.js';
import { uncacheableHint } from '../image/upstreams.js';
import { deadlineDiagnosis } from './deadline-diagnosis.js';
import type { CachedImageContext, Diagnosis, StoredImage, WarmFailure } from './failure.js';
import { setting } from './settings.js';

export type { CachedImageContext, CallCounts, Diagnosis, StoredImage, WarmFailure } from './failure.js';

/** A pull's 404 that an archived image gives too (any but NAME_UNKNOWN): worth one DescribeImages to tell. */
export function mayBeArchived(status: number, code: string | undefined): boolean {
  return status === 404 && code !== 'NAME_UNKNOWN';
}

/** What a failure to warm an image means, and the likely fix, in the user's terms. */
export function warmDiagnosis(f: WarmFailure): Diagnosis {
  switch (f.kind) {
    case 'unmapped':
      return {
        error: f.reason,
        hint:
          uncacheableHint(f.registry) ??
          `create a pull-through cache rule for ${f.registry} (aws ecr create-pull-through-cache-rule --ecr-repository-prefix PREFIX --upstream-registry-url ${f.registry}), or name an existing one (${setting('rule', ` PREFIX=${f.registry}`)})`,
      };
    case 'registry':
      return registryDiagnosis(f);
    case 'api':
      return {
        error: `${f.operation} failed: ${(f.error as Error)?.message ?? String(f.error)}`,
        ...optionalHint(awsHint(f.error, f.region)),
      };
    case 'deadline':
      return deadlineDiagnosis(f);
    case 'tag-moved':
      return {
        error: `the tag ${f.tag} now points to ${f.digest}, not to the pinned ${f.pinned}`,
        hint: 'ECR imports what a tag points to upstream; update the pinned digest, or pin one the tag still has',
      };
    case 'platform':
      return {
        error: `the index has no ${f.wanted.join(', ')} image (it has ${f.available.join(', ') || 'none'})`,
        hint: `choose platforms (${setting('platform')}) among those the index has, or name none to warm them all`,
      };
    case 'other':
      return { error: (f.error as Error)?.message ?? String(f.error) };
  }
}

function optionalHint(hint: string | undefined): { hint?: string } {
  return hint === undefined ? {} : { hint };
}

/** A 404 on an image ECR holds in its archive storage class, or is restoring from it. */
function archiveDiagnosis(image: CachedImageContext, stored: StoredImage | undefined): Diagnosis | undefined {
  if (stored?.status !== 'ARCHIVED' && stored?.status !== 'ACTIVATING') return undefined;
  const byDigest = stored.reference.startsWith('sha256:');
  const named = `${image.repository}${byDigest ? '@' : ':'}${stored.reference}`;
  if (stored.status === 'ACTIVATING') {
    return {
      error: `being restored from the archive: ECR does not serve ${named} until the restore is done`,
      hint: 'a restore takes up to 20 minutes: warm again once DescribeImages shows the image ACTIVE',
    };
  }
  const id = `${byDigest ? 'imageDigest' : 'imageTag'}=${stored.reference}`;
  return {
    error: `archived: ${named} is in ECR's archive storage class, and an archived image cannot be pulled`,
    hint: `restore it (UpdateImageStorageClass: aws ecr update-image-storage-class --repository-name ${image.repository} --image-id ${id} --target-storage-class STANDARD; up to 20 minutes) and warm again, or pull a new tag, which ECR imports afresh`,
  };
}

function registryDiagnosis(f: Extract<WarmFailure, { kind: 'registry' }>): Diagnosis {
  const { image, detail } = f;
  const rule = image.rule;
  const said = detail ? `: ${detail}` : '';
  if (f.status === 401) {
    return {
      error: `the registry refused the token (401 Unauthorized${said})`,
      hint: `the token is for another account or region: warm gets it for the registry (${setting('registry')}; default: the caller's) in the region (${setting('region')}); check that both name the cache`,
    };
  }
  if (f.status === 403 && /token has expired/i.test(detail)) {
    return {
      error: 'the registry token has expired',
      hint: 'tokens last 12 hours: run warm again for a fresh one',
    };
  }
  // IAM names the action it denied; past that, a 403 on a Docker Hub name is decided by the name
  // itself, whatever ECR's words (they are Hub's 401 for a repository that does not exist).
  const deniedAction = /perform: (\S+)/.exec(detail)?.[1];
  const hub = rule?.upstream === DOCKER_HUB;
  if (f.status === 403 && deniedAction === undefined && hub && rule) {
    const parts = rule.path.split('/');
    const uri = (path: string) => `${image.registry}/${rule.prefix}/${path}${image.suffix}`;
    if (isOfficialImageName(rule.path)) {
      return {
        error: `Docker Hub refused "${rule.path}" (403): official images live under library/`,
        hint: `use ${uri(`${OFFICIAL_NAMESPACE}/${rule.path}`)}`,
      };
    }
    if (parts[0] === OFFICIAL_NAMESPACE && parts.length > 2) {
      return {
        error: `authentication to Docker Hub failed for "${rule.path}" (403): library/ does not belong in a namespaced name`,
        hint: `library/ is only for official images (one-part names): use ${uri(parts.slice(1).join('/'))}`,
      };
    }
  }
  if (f.status === 403 && /upstream registry/i.test(detail)) {
    const host = rule?.upstream ?? 'the upstream registry';
    return {
      error: `authentication to ${host} failed (403${said})`,
      hint: `check the rule's Secrets Manager secret (ecr-pullthroughcache/...): its username and accessToken must be valid for ${host}${hub ? '; Docker Hub also answers this way for a repository that does not exist' : ''}`,
    };
  }
  if (f.status === 403) {
    return {
      error: `access denied (403${said})`,
      hint: `the caller lacks ${deniedAction ?? 'a permission to pull'} on ${image.repository}: grant it in the IAM policy`,
    };
  }
  if (f.status === 404 && f.code === 'NAME_UNKNOWN') {
    const prefix = image.repository.split('/')[0];
    return {
      error: `no pull-through cache rule covers ${image.repository}${said}`,
      hint: `no rule in this registry has the prefix "${prefix}": check the rules (aws ecr describe-pull-through-cache-rules, or those given: ${setting('rule')})`,
    };
  }
  if (f.status === 404) {
    const archived = archiveDiagnosis(image, f.stored);
    if (archived) return archived;
    if (f.digestOnly) {
      return {
        error: 'ECR cannot import an image by digest on its first pull, and this digest is not in the cache',
        hint: `warm it by tag, as NAME:TAG${image.suffix}: ECR imports the tag and warm checks the digest (aws/containers-roadmap#2837)`,
      };
    }
    const upstream = rule ? `${rule.upstream}/${rule.path}${image.suffix}` : image.repository + image.suffix;
    return {
      error: `Requested image not found: no image ${upstream} upstream, or ECR was not allowed to import it`,
      hint: 'check that the image exists upstream; the caller needs ecr:BatchImportUpstreamImage, and ecr:CreateRepository when the cache repository is new',
    };
  }
  return { error: `the registry answered ${f.status}${f.code ? ` ${f.code}` : ''}${said}` };
}
