// The region in use: a flag, else the environment. Apart from the SDK clients so that commands that
// make no AWS call (map and rewrite with --registry and --rule) can ask without loading the SDK.

import { InputError } from '../core/errors.js';

/** No region given or configured: input the user must give (exit status 2). */
export class RegionError extends InputError {
  constructor() {
    super('no AWS region: pass --region or set AWS_REGION (or AWS_DEFAULT_REGION)');
    this.name = 'RegionError';
  }
}

export function resolveRegion(region?: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!r) throw new RegionError();
  return r;
}
