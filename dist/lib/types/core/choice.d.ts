/** `text` if it is one of `allowed`; else an input error naming where it was given (a flag, an input). */
export declare function oneOf<T extends string>(allowed: readonly T[], text: string, name: string): T;
