/** The three previews the end-to-end run starts (playwright.config.ts). */
export const MAIN_URL = 'http://127.0.0.1:4319';
export const QUICK_LOCK_URL = 'http://127.0.0.1:4320';
/** The quick-lock preview locks the screen after this many idle seconds. */
export const QUICK_LOCK_SECONDS = 6;
/** A preview whose database file is not a database. */
export const DAMAGED_URL = 'http://127.0.0.1:4321';
/** A preview serving the renderer built with React's development build (StrictMode's double effects). */
export const DEV_BUILD_URL = 'http://127.0.0.1:4322';
