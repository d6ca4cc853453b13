/**
 * RSS 2.0 and Atom feed files → one article per item that carries article text.
 *
 * Does: parse the feed with fast-xml-parser; take each item's text from `content:encoded`
 * (RSS) or `content` (Atom), else `description` / `summary`, as HTML turned into paragraphs; its
 * metadata from the item (`title`, `pubDate` / `published` / `updated` / `dc:date`, `link`,
 * `dc:language` / `xml:lang`) and the channel (`title` as publisher, `language`). An item whose
 * text is only a teaser (shorter than {@link MIN_ARTICLE_CHARS}) is reported, not read.
 * Does not: fetch linked pages, or read RSS 0.9/1.0 (RDF) feeds.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MetadataHints } from './document.js';
import { htmlFragmentToText, MIN_ARTICLE_CHARS } from './html.js';

/** One feed item: its text and metadata, or why it cannot be read. */
export type FeedItem = { index: number; text: string; hints: MetadataHints; idHint: string } | { index: number; error: string };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** The text of an element that may carry attributes (`{ '#text': …, '@_type': … }`). */
function text(v: unknown): string | undefined {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object') {
    const o = v as Node;
    if (typeof o['#text'] === 'string') return o['#text'].trim() || undefined;
    // Atom type="xhtml": the content is a div of elements; keep its text, one paragraph per text run
    if (o.div !== undefined) return xhtmlRuns(o.div).map((r) => `<p>${escapeHtml(r)}</p>`).join('');
  }
  return undefined;
}

/** The text runs of parsed XHTML (attributes dropped), depth first. */
function xhtmlRuns(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v] : [];
  if (Array.isArray(v)) return v.flatMap(xhtmlRuns);
  if (v && typeof v === 'object') return Object.entries(v as Node).flatMap(([k, x]) => (k.startsWith('@_') ? [] : xhtmlRuns(x)));
  return [];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]) as Node[];
  const alt = list.find((l) => l && typeof l === 'object' && (l['@_rel'] === undefined || l['@_rel'] === 'alternate'));
  return typeof alt?.['@_href'] === 'string' ? alt['@_href'] : text(list[0]);
}

function clean(h: MetadataHints): MetadataHints {
  return Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as MetadataHints;
}

function item(index: number, body: string | undefined, hints: MetadataHints): FeedItem {
  if (!body) return { index, error: 'the item carries no text (no content:encoded, content, description or summary)' };
  const t = htmlFragmentToText(body);
  if (t.length < MIN_ARTICLE_CHARS) return { index, error: `the item carries only a ${t.length}-character summary, not an article text` };
  const title = hints.title?.replace(/\s+/g, ' ').trim();
  const full = title && !t.startsWith(title) ? `${title}\n\n${t}` : t;
  return { index, text: full, hints, idHint: title ?? hints.url ?? `item-${index}` };
}

function rssItems(channel: Node): FeedItem[] {
  const publisher = text(channel.title);
  const language = text(channel.language) ?? text(channel['dc:language']);
  return ((channel.item as Node[] | undefined) ?? []).map((it, i) =>
    item(i + 1, text(it['content:encoded']) ?? text(it.description), clean({
      title: text(it.title),
      published: text(it.pubDate) ?? text(it['dc:date']),
      url: text(it.link) ?? text(it.guid),
      language: text(it['dc:language']) ?? language,
      publisher: text(it.source) ?? publisher,
    })),
  );
}

function atomItems(feed: Node): FeedItem[] {
  const publisher = text(feed.title);
  const language = typeof feed['@_xml:lang'] === 'string' ? feed['@_xml:lang'] : undefined;
  return ((feed.entry as Node[] | undefined) ?? []).map((e, i) =>
    item(i + 1, text(e.content) ?? text(e.summary), clean({
      title: text(e.title),
      published: text(e.published) ?? text(e.updated),
      url: atomLink(e.link) ?? text(e.id),
      language: (typeof e['@_xml:lang'] === 'string' ? e['@_xml:lang'] : undefined) ?? language,
      publisher,
    })),
  );
}

/**
 * The items of an RSS 2.0 or Atom feed.
 * @throws Error naming line and column when the XML is malformed, or saying the file is no feed.
 */
export function readFeed(xml: string): { format: 'rss' | 'atom'; items: FeedItem[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object' && rss.channel) return { format: 'rss', items: rssItems(rss.channel as Node) };
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === 'object') return { format: 'atom', items: atomItems(feed) };
  throw new Error('not an RSS 2.0 or Atom feed (no <rss><channel> or <feed> element)');
}
