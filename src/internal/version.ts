declare const __UNION_VERSION__: string | undefined;

/** The library's version, stamped in by the build ("dev" when run from source). */
export const VERSION: string = typeof __UNION_VERSION__ === 'string' ? __UNION_VERSION__ : 'dev';
