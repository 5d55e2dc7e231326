import type { MirrorConfig, MirrorInput } from './types.js';
export declare const REGISTRIES_CONF_FILE = "registries.conf";
export declare function renderRegistriesConf(input: MirrorInput): MirrorConfig;
