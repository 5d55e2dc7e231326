/** The likely fix for an AWS failure, in the user's terms (undefined when we have nothing useful to add). */
export declare function awsHint(error: unknown, region: string): string | undefined;
