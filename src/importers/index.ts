import { parseJson } from './json';
import { parseText } from './text';
import type { ImportOptions, RawDocument } from './types';

export type { ExtractedArticle, HtmlToArticle, ImportOptions } from './types';
export { parseJson } from './json';
export { parseText } from './text';

/** File name endings the importers read. */
export const IMPORTABLE = ['.txt', '.md', '.json', '.jsonl', '.html', '.htm'];

/** Parses one file's content by its name's ending. Throws an Error naming the file when the format
 *  is unknown, the content is malformed, or HTML arrives without an `htmlToArticle`. */
export function parseFile(
  name: string,
  content: string,
  options: ImportOptions = {},
): RawDocument[] {
  const extension = name.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? '';
  switch (extension) {
    case '.txt':
    case '.md':
      return [parseText(content, name)];
    case '.json':
    case '.jsonl':
      return parseJson(content, name, extension === '.jsonl', options.htmlToArticle);
    case '.html':
    case '.htm': {
      if (!options.htmlToArticle)
        throw new Error(`importers: ${name} is HTML but no HTML parser was given`);
      const article = options.htmlToArticle(content);
      if (!article) throw new Error(`importers: no article found in ${name}`);
      return [
        {
          title: article.title,
          text: article.text,
          language: article.language ?? null,
          file: name,
        },
      ];
    }
    default:
      throw new Error(
        `importers: ${name} is not a format Crosscheck reads (${IMPORTABLE.join(' ')})`,
      );
  }
}
