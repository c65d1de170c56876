/**
 * Where the content lives, relative to the project root. Tests point `PLAYBOOK_CONTENT_DIR` at a
 * fixture folder to build a small site through exactly the same pipeline.
 */
export const CONTENT_DIR = process.env.PLAYBOOK_CONTENT_DIR ?? 'content';
