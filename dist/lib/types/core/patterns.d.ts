export declare function leavesRoot(pattern: string): boolean;
