/** Replaced by the compiler (scripts/compile.mjs) with a hash of every file the bundle was built from. */
declare const JOBLIST_BUILD_ID: string | undefined;

/**
 * The compiled CLI's build id: a hash of every source file and dependency it was bundled from, so a cache
 * keyed on it never outlives the code that filled it. Undefined when the CLI runs from its TypeScript
 * sources (which may change between two runs): nothing is cached then.
 */
export const BUILD_ID: string | undefined =
  typeof JOBLIST_BUILD_ID === 'string' ? JOBLIST_BUILD_ID : undefined;
