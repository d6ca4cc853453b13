/**
 * Markdown articles → plain text: headings, paragraphs, list items and quotes become paragraphs
 * separated by blank lines; emphasis, links (their text is kept), images, HTML tags and code
 * fences are dropped; page furniture (bylines, copyright, teasers) is removed. Uses the `marked`
 * lexer, so the Markdown is read as CommonMark/GFM would render it; YAML front matter gives
 * metadata. Does not: read files.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { joinParagraphs } from './page-furniture.js';
import { htmlFragmentToText } from './html.js';
import { parse as parseYaml } from 'yaml';
import type { MetadataHints } from './document.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e]!);
}

/** The text of inline tokens (emphasis, links, code spans …). */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return decodeEntities(fallback);
  let out = '';
  for (const t of tokens) {
    if (t.type === 'image' || t.type === 'html') continue;
    if (t.type === 'br') out += ' ';
    else if ('tokens' in t && Array.isArray(t.tokens)) out += inlineText(t.tokens, (t as Tokens.Generic).text ?? '');
    else out += decodeEntities((t as Tokens.Generic).text ?? '');
  }
  return out;
}

/** Paragraphs of block tokens. */
function blockParagraphs(tokens: Token[], out: string[]): string[] {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
        out.push(inlineText((t as Tokens.Paragraph).tokens, (t as Tokens.Paragraph).text));
        break;
      case 'text':
        out.push(inlineText((t as Tokens.Text).tokens, (t as Tokens.Text).text));
        break;
      case 'blockquote':
        blockParagraphs((t as Tokens.Blockquote).tokens, out);
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) blockParagraphs(item.tokens, out);
        break;
      case 'html':
        out.push(htmlFragmentToText((t as Tokens.HTML).text));
        break;
      default:
        // code, hr, space, tables and images carry no article prose
        break;
    }
  }
  return out;
}

/** A Markdown document's text, paragraphs separated by blank lines. */
export function markdownToText(markdown: string): string {
  return joinParagraphs(blockParagraphs(new Lexer({ gfm: true }).lex(markdown), []));
}

/** The first level-1 heading, if any (the article's title). */
export function markdownTitle(markdown: string): string | undefined {
  const h = new Lexer({ gfm: true }).lex(markdown).find((t): t is Tokens.Heading => t.type === 'heading' && (t as Tokens.Heading).depth === 1);
  return h ? inlineText(h.tokens, h.text).trim() : undefined;
}

/**
 * YAML front matter (`---` … `---` at the top) → metadata hints (`title`, `date`/`published`,
 * `publisher`/`site`, `lang`/`language`, `url`, `id`) and the Markdown after it.
 */
export function splitFrontMatter(markdown: string): { hints: MetadataHints; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!m) return { hints: {}, body: markdown };
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch {
    return { hints: {}, body: markdown };
  }
  const o = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = o[k];
      if (v instanceof Date) return v.toISOString().slice(0, 10);
      if (typeof v === 'string' && v.trim()) return v.trim();
    }
    return undefined;
  };
  const hints: MetadataHints = { id: pick('id'), title: pick('title', 'headline'), published: pick('published', 'date', 'datePublished'), publisher: pick('publisher', 'site', 'outlet'), language: pick('language', 'lang'), url: pick('url') };
  return { hints: Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined)) as MetadataHints, body: markdown.slice(m[0].length) };
}
