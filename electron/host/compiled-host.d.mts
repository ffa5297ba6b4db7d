// Types for compiled-host.mjs, which stays plain JavaScript because it runs before anything is compiled.

export declare const PROJECT_DIR: string;
export declare const HOST_SOURCE: string;
export declare const COMPILED_HOST: string;

export declare function isCompiledHostCurrent(projectDir?: string): boolean;

export declare function compileHost(projectDir?: string): Promise<string>;

export declare function compiledHost(options?: { projectDir?: string; log?: (line: string) => void }): Promise<string | null>;
