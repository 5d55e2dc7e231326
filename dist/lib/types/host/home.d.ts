/** HOME, else the passwd entry's home; undefined when there is neither. */
export declare function homeDirectory(env: NodeJS.ProcessEnv): string | undefined;
