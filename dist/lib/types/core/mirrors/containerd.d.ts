import type { MirrorConfig, MirrorInput } from './types.js';
export declare const HOSTS_FILE = "hosts.toml";
export declare function renderContainerd(input: MirrorInput): MirrorConfig;
