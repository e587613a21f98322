import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { headingId } from './outline';

/** The part of a syntax-tree node this file reads: its text, wherever it is nested. */
interface TextNode {
  type: string;
  value?: string;
  children?: readonly TextNode[];
}

function textOf(node: TextNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

// Arabic script: a paragraph or cell without it (a formula, a code, a number) is laid out left to right in every language.
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

function directionOf(node: ExtraProps['node']): 'ltr' | undefined {
  return ARABIC_LETTER.test(textOf(node)) ? undefined : 'ltr';
}

type Props<Tag extends 'h2' | 'h3' | 'p' | 'td' | 'th' | 'a' | 'table'> = ComponentPropsWithoutRef<Tag> & ExtraProps;

function Heading2({ node, children }: Props<'h2'>) {
  return <h2 id={headingId(textOf(node))}>{children}</h2>;
}

function Heading3({ node, children }: Props<'h3'>) {
  return <h3 id={headingId(textOf(node))}>{children}</h3>;
}

/** Links inside the page and to the web are kept; links to other files of the repository lead nowhere in the app. */
function DocumentLink({ href, children }: Props<'a'>): ReactNode {
  if (href?.startsWith('#') || href?.startsWith('https://')) return <a href={href}>{children}</a>;
  return <span className="help-doc-file">{children}</span>;
}

const COMPONENTS: Components = {
  h2: Heading2,
  h3: Heading3,
  a: DocumentLink,
  // A wide table scrolls inside its own box, never the page.
  table: ({ children }: Props<'table'>) => (
    <div className="help-table-scroll">
      <table>{children}</table>
    </div>
  ),
  p: ({ node, children }: Props<'p'>) => <p dir={directionOf(node)}>{children}</p>,
  td: ({ node, children, style }: Props<'td'>) => (
    <td dir={directionOf(node)} style={style}>
      {children}
    </td>
  ),
  th: ({ node, children, style }: Props<'th'>) => (
    <th dir={directionOf(node)} style={style}>
      {children}
    </th>
  ),
  // Codes, formulas and identifiers read left to right, isolated from the sentence around them.
  code: ({ children }) => <code dir="ltr">{children}</code>,
};

/** A Markdown text as React elements (GitHub tables included); raw HTML in it is ignored, never injected. */
export function MarkdownDocument({ markdown }: { markdown: string }) {
  return (
    <Markdown remarkPlugins={[remarkGfm]} components={COMPONENTS} skipHtml>
      {markdown}
    </Markdown>
  );
}
