export interface DockerConfig {
    auths?: Record<string, {
        auth?: string;
        [k: string]: unknown;
    }>;
    credsStore?: string;
    credHelpers?: Record<string, string>;
    [key: string]: unknown;
}
/** How a JSON file is laid out: its indent ('' when on one line) and whether it ends with a newline. */
export interface JsonLayout {
    readonly indent: string;
    readonly finalNewline: boolean;
}
export interface CredentialDocument {
    readonly config: DockerConfig;
    readonly layout: JsonLayout;
    /** Whether the file is there (an empty file is, and reads as `{}`). */
    readonly exists: boolean;
}
/** The mode of a new credential file (it holds passwords), and of a folder created for one. */
export declare const CREDENTIAL_FILE_MODE = 384;
export declare const CREDENTIAL_DIR_MODE = 448;
/** A credential file with its layout. Missing or empty: `{}` (a missing one in a new file's layout). */
export declare function readCredentialDocument(path: string): CredentialDocument;
/** Create the folder of a credential file (mode 0700) when it is missing. */
export declare function makeCredentialDir(path: string): void;
/**
 * Replace a credential file atomically, in `layout` (a new file: docker's, with a final newline). A
 * new one gets mode 0600 (it holds passwords) and its folder 0700 when created; one already there
 * keeps its mode and owner, as docker keeps them.
 */
export declare function writeCredentialFile(path: string, config: DockerConfig, layout?: JsonLayout): void;
/** Remove a credential file a login created, once nothing is left in it. */
export declare function removeCredentialFile(path: string): void;
