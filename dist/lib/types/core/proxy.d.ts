export declare function proxyFor(url: string, env: Record<string, string | undefined>): string | undefined;
