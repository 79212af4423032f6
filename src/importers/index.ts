// The importers' public face for Node code (CLI, scripts, tests): the registry is the one import
// path; parseText is exported for scripts that read plain-text collections directly.
export type { ExtractedArticle, HtmlToArticle } from './types';
export { parseText } from './text';
export * from './registry';
