import { InputError } from '../errors.js';
export declare const DOCKER_HUB = "docker.io";
/** Docker Hub's namespace for official images, implicit in a one-part name (`node` = `library/node`). */
export declare const OFFICIAL_NAMESPACE = "library";
/** A parsed, normalized image reference. `tag` and `digest` keep the text as written. */
export interface ImageRef {
    /** Registry host as docker resolves it: `docker.io` for every Docker Hub spelling. */
    readonly registry: string;
    /** Repository path inside the registry, with `library/` for one-part Hub names. */
    readonly path: string;
    readonly tag?: string;
    readonly digest?: string;
    /** The reference exactly as it was given. */
    readonly original: string;
}
export declare class InvalidReferenceError extends InputError {
    readonly reference: string;
    readonly rule: string;
    constructor(reference: string, rule: string);
}
/**
 * The `library/` rule (go-containerregistry's hasImplicitNamespace): a Docker Hub repository name of
 * one part is an official image's, and Hub keeps it under `library/` (`node` is `library/node`).
 * A name with a namespace (`percona/x`) never gets it. Used by the normalizer and by warm's diagnosis
 * of a 403 alike.
 */
export declare function isOfficialImageName(name: string): boolean;
/** True for every host name that means Docker Hub. */
export declare function isDockerHub(registry: string): boolean;
/**
 * Whether the first component of a name is a registry host rather than a path (distribution's
 * splitDockerDomain): it holds `.` or `:`, is `localhost`, or has upper case.
 */
export declare function namesRegistry(firstComponent: string): boolean;
/** Parse and normalize an image reference; throws InvalidReferenceError naming the broken rule. */
export declare function parseImageRef(input: string): ImageRef;
/**
 * The short form docker prints (distribution's FamiliarName): Docker Hub's host dropped, and
 * `library/` too when the rest is one part (`docker.io/library/node` → `node`).
 */
export declare function familiarName(ref: Pick<ImageRef, 'registry' | 'path'>): string;
/** `:tag@digest` suffix exactly as written (empty when neither is present). */
export declare function refSuffix(ref: Pick<ImageRef, 'tag' | 'digest'>): string;
/** The fully qualified form, e.g. `docker.io/library/node:20`. */
export declare function formatImageRef(ref: ImageRef): string;
/** A digest-only reference names content, not a tag: ECR cannot import it on a first pull. */
export declare function isDigestOnly(ref: ImageRef): boolean;
