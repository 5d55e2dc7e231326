// Reads of a registry's pull-through setup: rules, repository creation templates, the registry
// policy, and cache repositories with immutable tags. Shared by setup (to diff) and doctor (to check).

import {
  DescribePullThroughCacheRulesCommand,
  DescribeRepositoriesCommand,
  DescribeRepositoryCreationTemplatesCommand,
  type ECRClient,
  GetRegistryPolicyCommand,
} from '@aws-sdk/client-ecr';
import { ROOT } from '../core/image/rules.js';
import type { ExistingRule, ExistingTemplate } from '../core/setup/state.js';
import { retrying } from './calls.js';

const named = (e: unknown, ...names: string[]): boolean =>
  names.includes((e as Error | undefined)?.name ?? '');

export async function listRules(ecr: ECRClient, signal?: AbortSignal): Promise<ExistingRule[]> {
  const rules: ExistingRule[] = [];
  let nextToken: string | undefined;
  do {
    const page = await retrying(
      () => ecr.send(new DescribePullThroughCacheRulesCommand({ nextToken })),
      signal,
    );
    for (const r of page.pullThroughCacheRules ?? []) {
      if (!r.ecrRepositoryPrefix || !r.upstreamRegistryUrl) continue;
      rules.push({
        ecrRepositoryPrefix: r.ecrRepositoryPrefix,
        upstreamRegistryUrl: r.upstreamRegistryUrl,
        ...(r.upstreamRepositoryPrefix && { upstreamRepositoryPrefix: r.upstreamRepositoryPrefix }),
        ...(r.credentialArn && { credentialArn: r.credentialArn }),
        ...(r.customRoleArn && { customRoleArn: r.customRoleArn }),
        ...(r.registryId && { registryId: r.registryId }),
      });
    }
    nextToken = page.nextToken;
  } while (nextToken);
  return rules;
}

/** Templates (all, or those with the given prefixes); a prefix with no template is simply absent. */
export async function listTemplates(
  ecr: ECRClient,
  prefixes?: readonly string[],
): Promise<ExistingTemplate[]> {
  const templates: ExistingTemplate[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await retrying(() =>
        ecr.send(
          new DescribeRepositoryCreationTemplatesCommand({
            ...(prefixes && { prefixes: [...prefixes] }),
            nextToken,
          }),
        ),
      );
      for (const t of page.repositoryCreationTemplates ?? []) {
        if (!t.prefix) continue;
        templates.push({
          prefix: t.prefix,
          appliedFor: t.appliedFor ?? [],
          ...(t.imageTagMutability && { imageTagMutability: t.imageTagMutability }),
          ...(t.lifecyclePolicy && { lifecyclePolicy: t.lifecyclePolicy }),
          ...(t.repositoryPolicy && { repositoryPolicy: t.repositoryPolicy }),
          ...(t.description !== undefined && { description: t.description }),
          ...(t.resourceTags && t.resourceTags.length > 0 && { resourceTags: t.resourceTags.length }),
          ...(t.encryptionConfiguration?.encryptionType?.startsWith('KMS') && { kms: true }),
          ...(t.customRoleArn && { customRoleArn: t.customRoleArn }),
        });
      }
      nextToken = page.nextToken;
    } while (nextToken);
  } catch (e) {
    if (named(e, 'TemplateNotFoundException')) return templates;
    throw e;
  }
  return templates;
}

export async function registryPolicyText(ecr: ECRClient): Promise<string | undefined> {
  try {
    return (await retrying(() => ecr.send(new GetRegistryPolicyCommand({})))).policyText;
  } catch (e) {
    if (named(e, 'RegistryPolicyNotFoundException')) return undefined;
    throw e;
  }
}

/** Cache repositories (under the non-ROOT prefixes) whose tags are immutable; reads at most `maxPages` pages. */
export async function immutableCacheRepositories(
  ecr: ECRClient,
  prefixes: readonly string[],
  maxPages = 20,
): Promise<string[]> {
  const scoped = prefixes.filter((p) => p !== ROOT);
  const found: string[] = [];
  if (scoped.length === 0) return found;
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const page = await retrying(() => ecr.send(new DescribeRepositoriesCommand({ nextToken })));
    for (const r of page.repositories ?? []) {
      const name = r.repositoryName ?? '';
      if (!scoped.some((p) => name.startsWith(`${p}/`))) continue;
      if (r.imageTagMutability?.startsWith('IMMUTABLE')) found.push(name);
    }
    nextToken = page.nextToken;
  } while (nextToken && ++pages < maxPages);
  return found;
}
