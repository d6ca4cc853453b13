/**
 * Saved HTML pages → article text and metadata.
 *
 * Does: parse the page with linkedom, read its metadata (JSON-LD `NewsArticle`: `headline`,
 * `datePublished`, `publisher.name`, `inLanguage`; then `og:title`, `og:site_name`,
 * `article:published_time`, `og:url` / canonical link, `<html lang>`), find the main text with
 * Mozilla Readability, and turn it into plain paragraphs (blank-line separated) without page
 * furniture (see `page-furniture.ts`). Also turns an HTML fragment (a feed item's content) into
 * paragraphs. Does not: decide the final metadata (see `metadata.ts`) or read files.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { MetadataHints } from './document.js';
import { joinParagraphs } from './page-furniture.js';

/** The few DOM members used here (linkedom implements them; the project builds without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text is never article content. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'FIGURE', 'FIGCAPTION', 'SELECT', 'MENU']);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER',
]);

/** The paragraphs of an element's content: block elements separate paragraphs, inline text joins. */
function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') out.push(current);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/** The text of an HTML fragment (a feed item's content) as paragraphs without furniture. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: DomNode } };
  return joinParagraphs(paragraphsOf(document.body));
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReportageArticle|BlogPosting|WebPage)$/;

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nameOf(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['name', 'alternateName', '@value']) if (typeof o[k] === 'string' && (o[k] as string).trim()) return (o[k] as string).trim();
  }
  return undefined;
}

/** The first article object in the page's JSON-LD blocks (a malformed block is ignored, as browsers do). */
function jsonLdArticle(doc: DomElement): Record<string, unknown> | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const candidates: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typesOf(o).some((t) => ARTICLE_TYPES.test(t))) candidates.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      /* not JSON: ignored */
    }
  }
  return candidates.find((c) => typesOf(c).some((t) => t !== 'WebPage')) ?? candidates[0];
}

function metaContent(doc: DomElement, selector: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v || undefined;
}

/** The metadata a page states about itself (JSON-LD first, then meta tags, then `<html lang>`). */
export function pageMetadata(doc: DomElement): MetadataHints {
  const ld = jsonLdArticle(doc) ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const html = doc.querySelector('html');
  const hints: MetadataHints = {
    title: str(ld.headline) ?? metaContent(doc, 'meta[property="og:title"]'),
    publisher: nameOf(ld.publisher) ?? metaContent(doc, 'meta[property="og:site_name"]'),
    published: str(ld.datePublished) ?? metaContent(doc, 'meta[property="article:published_time"]') ?? metaContent(doc, 'meta[name="date"]'),
    language: nameOf(ld.inLanguage) ?? (html?.getAttribute('lang')?.trim() || undefined) ?? metaContent(doc, 'meta[property="og:locale"]'),
    url: str(ld.url) ?? metaContent(doc, 'meta[property="og:url"]') ?? (doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || undefined),
  };
  return Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined)) as MetadataHints;
}

/** Minimum length of a page's main text; less is a teaser or an index page, not an article. */
export const MIN_ARTICLE_CHARS = 200;

/**
 * A saved page's article: the headline as first paragraph, then the main text found by
 * Readability, as paragraphs; metadata from the page.
 * @throws Error with the reason when the page has no article text.
 */
export function readHtmlPage(html: string): { text: string; hints: MetadataHints } {
  const { document } = parseHTML(html) as unknown as { document: DomElement };
  const hints = pageMetadata(document);
  const article = new Readability<DomNode>(document as never, { serializer: (n) => n as unknown as DomNode }).parse();
  if (!article?.content) throw new Error('no article text found in the page (Readability found no main content)');
  const body = joinParagraphs(paragraphsOf(article.content));
  if (body.length < MIN_ARTICLE_CHARS) throw new Error(`no article text found in the page (main text has ${body.length} characters)`);
  const title = (hints.title ?? article.title ?? '').replace(/\s+/g, ' ').trim();
  const startsWithTitle = title !== '' && body.startsWith(title);
  return { text: title && !startsWithTitle ? `${title}\n\n${body}` : body, hints: { ...hints, ...(title ? { title } : {}) } };
}
