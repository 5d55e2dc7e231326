import type { PrepareOptions, PrepareReport } from './types.js';
export { DEFAULT_PREPARE_MODE, PREPARE_MODES, type PrepareMode, prepareMode, } from '../../core/prepare-mode.js';
export type * from './types.js';
export declare function prepare(options?: PrepareOptions): Promise<PrepareReport>;
