/**
 * Registry-wide settings that setup writes: repository creation templates (what a repository that
 * a pull-through pull creates starts with) and the registry policy.
 */
import { ApiError } from './errors.js';
import { isValidPrefix, ROOT } from './rules.js';

export const APPLIED_FOR = ['PULL_THROUGH_CACHE', 'REPLICATION', 'CREATE_ON_PUSH'] as const;
export type AppliedFor = (typeof APPLIED_FOR)[number];
const MUTABILITY = ['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'];

export interface CreationTemplate {
  readonly prefix: string;
  description?: string;
  encryptionConfiguration?: unknown;
  resourceTags?: unknown[];
  imageTagMutability: string;
  imageTagMutabilityExclusionFilters?: unknown[];
  repositoryPolicy?: string;
  lifecyclePolicy?: string;
  appliedFor: AppliedFor[];
  customRoleArn?: string;
  readonly createdAt: number;
  updatedAt: number;
}

type Input = Record<string, unknown>;

function invalid(message: string): ApiError {
  return new ApiError('InvalidParameterException', message);
}

function jsonText(input: Input, key: string): string | undefined {
  const value = input[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw invalid(`Invalid parameter at '${key}'`);
  try {
    JSON.parse(value);
  } catch {
    throw invalid(`Invalid parameter at '${key}': the policy is not valid JSON`);
  }
  return value;
}

/** The settings a new repository takes from the template that covers it. */
export interface RepositorySettings {
  readonly imageTagMutability: string;
  readonly lifecyclePolicy?: string;
}

export class CreationTemplates {
  readonly #templates = new Map<string, CreationTemplate>();

  constructor(private readonly now: () => number) {}

  list(): CreationTemplate[] {
    return [...this.#templates.values()].sort((a, b) => a.prefix.localeCompare(b.prefix));
  }

  get(prefix: string): CreationTemplate | undefined {
    return this.#templates.get(prefix);
  }

  create(input: Input): CreationTemplate {
    const prefix = input.prefix;
    if (typeof prefix !== 'string' || !isValidPrefix(prefix)) {
      throw invalid("Invalid parameter at 'prefix': must be ROOT or a valid repository namespace");
    }
    if (this.#templates.has(prefix)) {
      throw new ApiError(
        'TemplateAlreadyExistsException',
        `The repository creation template with prefix '${prefix}' already exists`,
      );
    }
    const now = this.now();
    const template: CreationTemplate = {
      prefix,
      imageTagMutability: 'MUTABLE',
      appliedFor: [],
      createdAt: now,
      updatedAt: now,
    };
    this.#apply(template, input, true);
    this.#templates.set(prefix, template);
    return template;
  }

  update(input: Input): CreationTemplate {
    const prefix = String(input.prefix ?? '');
    const template = this.#templates.get(prefix);
    if (template === undefined) throw this.#notFound(prefix);
    this.#apply(template, input, false);
    template.updatedAt = this.now();
    return template;
  }

  delete(prefix: string): CreationTemplate {
    const template = this.#templates.get(prefix);
    if (template === undefined) throw this.#notFound(prefix);
    this.#templates.delete(prefix);
    return template;
  }

  /** The most specific template applied for `use` whose prefix starts the name (ROOT: any name). */
  settingsFor(repositoryName: string, use: AppliedFor): RepositorySettings | undefined {
    let best: CreationTemplate | undefined;
    for (const t of this.#templates.values()) {
      if (!t.appliedFor.includes(use)) continue;
      const covers = t.prefix === ROOT || repositoryName.startsWith(`${t.prefix}/`);
      if (!covers) continue;
      if (best === undefined || best.prefix === ROOT || t.prefix.length > best.prefix.length) best = t;
    }
    if (best === undefined) return undefined;
    return {
      imageTagMutability: best.imageTagMutability,
      ...(best.lifecyclePolicy !== undefined && { lifecyclePolicy: best.lifecyclePolicy }),
    };
  }

  #apply(t: CreationTemplate, input: Input, creating: boolean): void {
    const applied = input.appliedFor;
    if (applied !== undefined || creating) {
      if (
        !Array.isArray(applied) ||
        applied.length === 0 ||
        applied.some((a) => !APPLIED_FOR.includes(a as AppliedFor))
      ) {
        throw invalid(`Invalid parameter at 'appliedFor': one or more of ${APPLIED_FOR.join(', ')}`);
      }
      t.appliedFor = [...new Set(applied as AppliedFor[])];
    }
    if (input.imageTagMutability !== undefined) {
      if (!MUTABILITY.includes(String(input.imageTagMutability))) {
        throw invalid("Invalid parameter at 'imageTagMutability'");
      }
      t.imageTagMutability = String(input.imageTagMutability);
    }
    const lifecyclePolicy = jsonText(input, 'lifecyclePolicy');
    if (lifecyclePolicy !== undefined) t.lifecyclePolicy = lifecyclePolicy;
    const repositoryPolicy = jsonText(input, 'repositoryPolicy');
    if (repositoryPolicy !== undefined) t.repositoryPolicy = repositoryPolicy;
    if (typeof input.description === 'string') t.description = input.description;
    if (input.encryptionConfiguration !== undefined)
      t.encryptionConfiguration = input.encryptionConfiguration;
    if (Array.isArray(input.resourceTags)) t.resourceTags = input.resourceTags;
    if (Array.isArray(input.imageTagMutabilityExclusionFilters)) {
      t.imageTagMutabilityExclusionFilters = input.imageTagMutabilityExclusionFilters;
    }
    if (typeof input.customRoleArn === 'string') t.customRoleArn = input.customRoleArn;
  }

  #notFound(prefix: string): ApiError {
    return new ApiError(
      'TemplateNotFoundException',
      `The repository creation template with prefix '${prefix}' does not exist`,
    );
  }
}

/** The registry policy: one JSON document or none. */
export class RegistryPolicy {
  text: string | undefined;

  put(input: Input): string {
    const text = jsonText(input, 'policyText');
    if (text === undefined) throw invalid("Invalid parameter at 'policyText': a value is required");
    const doc = JSON.parse(text) as { Statement?: unknown };
    if (!Array.isArray(doc.Statement) || doc.Statement.length === 0) {
      throw invalid("Invalid parameter at 'policyText': the policy needs at least one Statement");
    }
    this.text = text;
    return text;
  }
}
