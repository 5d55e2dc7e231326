import type { RegistryTarget } from '../image/rules.js';
import { type Rewrite } from './edits.js';
export declare function rewriteDockerfile(source: string, target: RegistryTarget): Rewrite;
