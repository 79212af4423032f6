// Records from JSON, CSV and feeds name their fields in many ways; these are the names Crosscheck
// accepts for each documented field (title, text or html, url, outlet, published, language).

export const FIELD_NAMES = {
  title: ['title', 'headline', 'name'],
  text: ['text', 'body', 'content', 'article', 'story'],
  html: ['html', 'content_html', 'body_html'],
  url: ['url', 'link', 'href'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'site_name', 'sitename'],
  published: ['published', 'date', 'pubdate', 'published_at', 'publishedat', 'time', 'datetime'],
  language: ['language', 'lang'],
} as const;

export type Field = keyof typeof FIELD_NAMES;

/** Which column (by position) holds each field, matching header names case-insensitively. */
export function mapColumns(header: string[]): Partial<Record<Field, number>> {
  const normalised = header.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const mapping: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    const names: readonly string[] = FIELD_NAMES[field];
    const index = normalised.findIndex((name) => names.includes(name));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}
