/** One heading of a Markdown document, for the table of contents. */
export interface OutlineEntry {
  level: 2 | 3;
  text: string;
  id: string;
}

/** A Markdown document's title (its "# " heading) and the body below it, HTML comments (translation headers) left out. */
export interface SplitDocument {
  title: string;
  body: string;
}

const HEADING = /^(#{1,3}) (.+)$/;
const SECTION_NUMBER = /^(\d+(?:\.\d+)*)\.?\s/;

/**
 * The anchor of a heading. Numbered headings ("9.1 What changes") get "section-9-1" in every language, so a
 * link to a section survives a change of language; others fall back to a slug of their words.
 */
export function headingId(text: string): string {
  const trimmed = text.trim();
  const number = SECTION_NUMBER.exec(trimmed)?.[1];
  if (number) return `section-${number.replaceAll('.', '-')}`;
  const slug = trimmed
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

function withoutComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?-->\s*/g, '');
}

/** The lines of a document outside fenced code blocks, where a "#" starts a heading. */
function proseLines(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').filter((line) => {
    if (line.startsWith('```')) fenced = !fenced;
    return !fenced;
  });
}

/** The "##" and "###" headings of a document, in order. */
export function outlineOf(markdown: string): OutlineEntry[] {
  return proseLines(withoutComments(markdown)).flatMap((line) => {
    const match = HEADING.exec(line);
    const hashes = match?.[1];
    const text = match?.[2]?.trim();
    if (!hashes || !text || hashes.length === 1) return [];
    return [{ level: hashes.length === 2 ? 2 : 3, text, id: headingId(text) }];
  });
}

export function splitTitle(markdown: string): SplitDocument {
  const text = withoutComments(markdown);
  const match = /^# (.+)$/m.exec(text);
  if (!match) return { title: '', body: text };
  return {
    title: match[1]?.trim() ?? '',
    body: text.slice(0, match.index) + text.slice(match.index + match[0].length),
  };
}
