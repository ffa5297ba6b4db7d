// Types for launcher.mjs, which stays plain JavaScript so `npm start` needs no compiler.

export declare const PROJECT_DIR: string;
export declare const BROWSER_FALLBACK_SENTENCE: string;

export declare function findElectronBinary(options?: {
  projectDir?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<string | null>;

export declare function isBuildCurrent(projectDir?: string): Promise<boolean>;

export declare function buildCommand(projectDir?: string): { command: string; args: string[] };

export declare function runForwardingSignals(
  command: string,
  args: readonly string[],
  options?: import('node:child_process').SpawnOptions,
): Promise<number>;
