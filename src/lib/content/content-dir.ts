/** Where the content lives, relative to the project root: the product keeps it at the top level. */
export const CONTENT_DIR = 'content';
