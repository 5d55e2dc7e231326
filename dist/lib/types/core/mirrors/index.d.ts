import type { MirrorConfig, MirrorFormat, MirrorInput } from './types.js';
export type { MirrorConfig, MirrorFile, MirrorFormat, MirrorInput } from './types.js';
export declare const MIRROR_FORMATS: readonly MirrorFormat[];
/** What each format is for, for help texts. */
export declare const MIRROR_FORMAT_USES: Readonly<Record<MirrorFormat, string>>;
export declare function isMirrorFormat(text: string): text is MirrorFormat;
/** Render one format; throws InputError when the rules cannot be expressed in it. */
export declare function renderMirrors(format: MirrorFormat, input: MirrorInput): MirrorConfig;
