/** What the page and the service worker agree on. */
export const SERVICE_WORKER_FILE = 'sw.js';
/** The page asks a waiting worker to take over with this message (only when the reader clicks "Reload"). */
export const SKIP_WAITING = 'playbook:skip-waiting';
/** Cache names are `playbook-<version>+<build id>`; older ones are deleted when a new edition takes over. */
export const CACHE_PREFIX = 'playbook-';
/** Per-language theme colour of the installed app and the icons' background. */
export const THEME_COLOR = '#1e3a8a';
