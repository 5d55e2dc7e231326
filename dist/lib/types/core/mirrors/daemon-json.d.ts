import type { MirrorConfig, MirrorInput } from './types.js';
export declare const DAEMON_JSON_FILE = "daemon.json";
export interface DaemonMirrors {
    readonly 'registry-mirrors': string[];
    readonly 'insecure-registries'?: string[];
}
/** The daemon.json keys, or an InputError saying why the rules cannot be expressed. */
export declare function daemonMirrors({ registry, rules }: MirrorInput): DaemonMirrors;
export declare function renderDaemonJson(input: MirrorInput): MirrorConfig;
