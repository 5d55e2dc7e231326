/** Whether an executable is on PATH (or is a path to one). */
export declare function findOnPath(name: string, env?: NodeJS.ProcessEnv): string | undefined;
