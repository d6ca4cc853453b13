/**
 * A deterministic generator of realistic news articles for corpus benchmarks.
 *
 * Does: from a seed (src/util/random.ts), make a world of states, invented office holders
 * (with namesakes: the same name held by different people in different offices and states),
 * many German and English publishers and a set of stories (treaty signings, summits, weapon
 * deployments, doctrine updates) told by several outlets each — in their own words and order,
 * some with a date one day off (disagreement), some quoting and some paraphrasing, some with
 * page furniture — as plain text (with a `.meta.json`), Markdown with front matter, or saved
 * HTML pages in three outlets' markup. The same seed always gives the same corpus, byte for byte.
 * Does not: write files (the benchmark does), or pretend to be any real outlet or person
 * (Putin and Lukashenko are in the project's register; everyone else is invented).
 */
import { seededRandom } from '../util/random.js';

/** A generated article: the file to ingest and the text the ingest should extract from it. */
export interface GeneratedArticle {
  id: string;
  language: 'de' | 'en';
  publisher: string;
  published: string;
  title: string;
  /** The article text as an outlet wrote it (paragraphs separated by blank lines). */
  text: string;
  /** The story this article tells (several articles tell one story). */
  story: number;
  format: 'txt' | 'md' | 'html';
  /** File name to write `content` to (and `<id>.meta.json` beside it for `txt`). */
  fileName: string;
  content: string;
}

/** Generator options. */
export interface CorpusOptions {
  articles: number;
  seed?: number;
}

interface State {
  de: string;
  en: string;
  adjDe: string;
  adjEn: string;
  capital: string;
}

/** States (names the gazetteer knows in both languages) with adjective stems and capitals. */
const STATES: State[] = [
  { de: 'Russland', en: 'Russia', adjDe: 'russisch', adjEn: 'Russian', capital: 'Moskau|Moscow' },
  { de: 'Weißrussland', en: 'Belarus', adjDe: 'weißrussisch', adjEn: 'Belarusian', capital: 'Minsk|Minsk' },
  { de: 'Frankreich', en: 'France', adjDe: 'französisch', adjEn: 'French', capital: 'Paris|Paris' },
  { de: 'Polen', en: 'Poland', adjDe: 'polnisch', adjEn: 'Polish', capital: 'Warschau|Warsaw' },
  { de: 'Deutschland', en: 'Germany', adjDe: 'deutsch', adjEn: 'German', capital: 'Berlin|Berlin' },
  { de: 'China', en: 'China', adjDe: 'chinesisch', adjEn: 'Chinese', capital: 'Peking|Beijing' },
  { de: 'Kasachstan', en: 'Kazakhstan', adjDe: 'kasachisch', adjEn: 'Kazakh', capital: 'Astana|Astana' },
  { de: 'Serbien', en: 'Serbia', adjDe: 'serbisch', adjEn: 'Serbian', capital: 'Belgrad|Belgrade' },
  { de: 'Ungarn', en: 'Hungary', adjDe: 'ungarisch', adjEn: 'Hungarian', capital: 'Budapest|Budapest' },
  { de: 'Armenien', en: 'Armenia', adjDe: 'armenisch', adjEn: 'Armenian', capital: 'Eriwan|Yerevan' },
  { de: 'Finnland', en: 'Finland', adjDe: 'finnisch', adjEn: 'Finnish', capital: 'Helsinki|Helsinki' },
  { de: 'Schweden', en: 'Sweden', adjDe: 'schwedisch', adjEn: 'Swedish', capital: 'Stockholm|Stockholm' },
  { de: 'Litauen', en: 'Lithuania', adjDe: 'litauisch', adjEn: 'Lithuanian', capital: 'Vilnius|Vilnius' },
  { de: 'Georgien', en: 'Georgia', adjDe: 'georgisch', adjEn: 'Georgian', capital: 'Tiflis|Tbilisi' },
  { de: 'Aserbaidschan', en: 'Azerbaijan', adjDe: 'aserbaidschanisch', adjEn: 'Azerbaijani', capital: 'Baku|Baku' },
  { de: 'Türkei', en: 'Turkey', adjDe: 'türkisch', adjEn: 'Turkish', capital: 'Ankara|Ankara' },
  { de: 'Indien', en: 'India', adjDe: 'indisch', adjEn: 'Indian', capital: 'Neu-Delhi|New Delhi' },
  { de: 'Japan', en: 'Japan', adjDe: 'japanisch', adjEn: 'Japanese', capital: 'Tokio|Tokyo' },
];

const ROLES = [
  { de: 'Außenminister', deF: 'Außenministerin', en: 'Foreign Minister' },
  { de: 'Verteidigungsminister', deF: 'Verteidigungsministerin', en: 'Defence Minister' },
  { de: 'Ministerpräsident', deF: 'Ministerpräsidentin', en: 'Prime Minister' },
  { de: 'Präsident', deF: 'Präsidentin', en: 'President' },
];

const FIRST = ['Anna', 'Viktor', 'Elena', 'Marek', 'Ilona', 'Tomas', 'Mira', 'Jonas', 'Katja', 'Pavel', 'Lena', 'Arvid', 'Nora', 'Emil', 'Sofia', 'Dmitri', 'Helga', 'Oskar', 'Irina', 'Lukas', 'Agnes', 'Bruno', 'Vera', 'Milan'];
const FEMALE = new Set(['Anna', 'Elena', 'Ilona', 'Mira', 'Katja', 'Lena', 'Nora', 'Sofia', 'Helga', 'Irina', 'Agnes', 'Vera']);
const LAST = ['Berg', 'Kowalczyk', 'Sandberg', 'Horvath', 'Lindqvist', 'Petrenko', 'Novak', 'Brunner', 'Kaminski', 'Vidmar', 'Aaltonen', 'Rusu', 'Halvorsen', 'Markovic', 'Sorensen', 'Tamm', 'Ozols', 'Varga', 'Dragan', 'Kalnins', 'Moretti', 'Falk', 'Grigorjan', 'Ahmadov'];

const DE_PARTS = [['Nord', 'Süd', 'West', 'Ost', 'Rhein', 'Elb', 'Alpen', 'Küsten', 'Main', 'Donau', 'Spree', 'Weser'], ['blick', 'post', 'bote', 'kurier', 'rundschau', 'zeitung', 'anzeiger', 'echo']];
const EN_PARTS = [['Harbour', 'Northern', 'Capital', 'Evening', 'Morning', 'Coastal', 'Valley', 'Riverside', 'Union', 'Frontier', 'Metro', 'Continental'], ['Ledger', 'Herald', 'Times', 'Dispatch', 'Observer', 'Review', 'Gazette', 'Chronicle']];

const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Person {
  name: string;
  female: boolean;
  role: (typeof ROLES)[number];
  state: State;
}

interface Story {
  kind: 'treaty' | 'summit' | 'deployment' | 'doctrine';
  a: State;
  b: State;
  speakerA: Person;
  speakerB: Person;
  date: Date;
  place: State;
  subjectDe: string;
  subjectEn: string;
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dateDe(d: Date): string {
  return `${d.getUTCDate()}. ${MONTHS_DE[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function dateEn(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Office holders; about one in eight shares the name of another (a namesake in another office or state). */
function people(r: Rand, n: number): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < n; i++) {
    const namesake = i > 10 && r() < 0.125 ? out[Math.floor(r() * out.length)]! : undefined;
    const first = namesake ? namesake.name.split(' ')[0]! : pick(r, FIRST);
    const name = namesake ? namesake.name : `${first} ${pick(r, LAST)}`;
    out.push({ name, female: FEMALE.has(first), role: pick(r, ROLES), state: pick(r, STATES) });
  }
  return out;
}

/** Role phrase introducing a person: "der polnische Außenminister Marek Novak" / "Polish Foreign Minister Marek Novak". */
function introDe(p: Person, article: 'der' | 'dem' | 'den' = 'der'): string {
  const ending = article === 'der' ? 'e' : 'en';
  const art = p.female ? (article === 'der' ? 'die' : 'der') : article;
  return `${art} ${p.state.adjDe}${p.female && article === 'der' ? 'e' : ending} ${p.female ? p.role.deF : p.role.de} ${p.name}`;
}
function introEn(p: Person): string {
  return `${p.state.adjEn} ${p.role.en} ${p.name}`;
}
const surname = (p: Person) => p.name.split(' ').at(-1)!;
const capDe = (s: string, lang: 'de' | 'en') => (lang === 'de' ? s.split('|')[0]! : s.split('|')[1]!);

function makeStory(r: Rand, who: Person[]): Story {
  const a = pick(r, STATES);
  let b = pick(r, STATES);
  while (b === a) b = pick(r, STATES);
  const fromA = who.filter((p) => p.state === a);
  const fromB = who.filter((p) => p.state === b);
  const speakerA = fromA.length ? pick(r, fromA) : pick(r, who);
  const speakerB = fromB.length ? pick(r, fromB) : pick(r, who);
  const date = new Date(Date.UTC(2022 + Math.floor(r() * 4), Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
  const kind = pick(r, ['treaty', 'summit', 'deployment', 'doctrine'] as const);
  const topics: Array<[string, string]> = [
    ['Sicherheitsgarantien', 'Security Guarantees'], ['Rüstungskontrolle', 'Arms Control'], ['Grenzsicherung', 'Border Security'],
    ['militärische Zusammenarbeit', 'Military Cooperation'], ['Luftverteidigung', 'Air Defence'], ['Energiesicherheit', 'Energy Security'],
  ];
  const [subjectDe, subjectEn] = pick(r, topics);
  return { kind, a, b, speakerA, speakerB, date, place: r() < 0.5 ? a : b, subjectDe, subjectEn };
}

/** The sentences of one outlet's report of a story (the outlet's date may be a day off). */
function sentences(s: Story, lang: 'de' | 'en', r: Rand, reportedDate: Date): { title: string; lead: string[]; body: string[] } {
  const placeName = capDe(s.place.capital, lang);
  if (lang === 'de') {
    const d = dateDe(reportedDate);
    const title = {
      treaty: `${s.a.de} und ${s.b.de} unterzeichnen Abkommen über ${s.subjectDe}`,
      summit: `Treffen in ${placeName}: ${s.a.de} und ${s.b.de} beraten über ${s.subjectDe}`,
      deployment: `${s.a.de} verlegt Truppen nach ${s.b.de}`,
      doctrine: `${s.a.de} ändert seine Doktrin`,
    }[s.kind];
    const lead = {
      treaty: `${s.a.de} und ${s.b.de} haben am ${d} in ${placeName} ein Abkommen über ${s.subjectDe} unterzeichnet.`,
      summit: `Bei einem Treffen am ${d} in ${placeName} haben ${s.a.de} und ${s.b.de} über ${s.subjectDe} beraten.`,
      deployment: `${s.a.de} hat nach eigenen Angaben am ${d} Einheiten der Luftverteidigung nach ${s.b.de} verlegt.`,
      doctrine: `${s.a.de} hat am ${d} seine Militärdoktrin aktualisiert.`,
    }[s.kind];
    const body = [
      `${cap(introDe(s.speakerA))} erklärte, die Vereinbarung stärke die Sicherheit beider Staaten.`,
      `"Wir haben heute einen wichtigen Schritt getan", sagte ${surname(s.speakerA)} vor Journalisten in ${placeName}.`,
      `${cap(introDe(s.speakerB))} sprach von einem Erfolg für die Region und kündigte weitere Gespräche an.`,
      `Nach Angaben von Diplomaten wurde das Dokument in mehreren Runden vorbereitet, die sich über Monate hinzogen.`,
      `Beobachter in Brüssel und Genf verfolgten die Entwicklung aufmerksam, äußerten sich aber zunächst nicht.`,
      `${surname(s.speakerB)} betonte, die Zusammenarbeit richte sich gegen niemanden.`,
      `Die Parlamente beider Länder müssen der Vereinbarung noch zustimmen; ein Termin dafür steht nicht fest.`,
      `Kritiker warnten dagegen vor einer neuen Spirale der Aufrüstung in Europa.`,
      `Bereits im ${MONTHS_DE[(s.date.getUTCMonth() + 9) % 12]} hatten beide Regierungen Gespräche über ${s.subjectDe} angekündigt.`,
      `Die Opposition in ${capDe(s.a.capital, 'de')} warf der Regierung vor, das Parlament zu spät informiert zu haben, und verlangte Einsicht in die Unterlagen.`,
      `Wirtschaftsverbände begrüßten die Einigung, weil sie mehr Planungssicherheit für Unternehmen in beiden Ländern verspreche.`,
      `In den vergangenen Jahren waren die Beziehungen zwischen ${s.a.de} und ${s.b.de} wiederholt angespannt gewesen, zuletzt wegen eines Streits um Überflugrechte.`,
      `${surname(s.speakerA)} sagte, man werde die Umsetzung gemeinsam überprüfen und im kommenden Jahr Bilanz ziehen.`,
      `Ein Sprecher der Vereinten Nationen rief alle Seiten dazu auf, die Gespräche fortzusetzen und auf Zurückhaltung zu setzen.`,
      `Der russische Präsident Wladimir Putin hatte im ${MONTHS_DE[(s.date.getUTCMonth() + 5) % 12]} angekündigt, die Zusammenarbeit mit Weißrussland auszubauen.`,
      `Der weißrussische Präsident Alexander Lukaschenko erklärte, sein Land verfolge die Gespräche mit großem Interesse.`,
    ];
    return { title, lead: [lead], body };
  }
  const d = dateEn(reportedDate);
  const title = {
    treaty: `${s.a.en} and ${s.b.en} sign agreement on ${s.subjectEn}`,
    summit: `${s.a.en} and ${s.b.en} discuss ${s.subjectEn} in ${placeName}`,
    deployment: `${s.a.en} moves troops to ${s.b.en}`,
    doctrine: `${s.a.en} revises its doctrine`,
  }[s.kind];
  const lead = {
    treaty: `${s.a.en} and ${s.b.en} signed an agreement on ${s.subjectEn} in ${placeName} on ${d}.`,
    summit: `At a meeting in ${placeName} on ${d}, ${s.a.en} and ${s.b.en} discussed ${s.subjectEn}.`,
    deployment: `${s.a.en} said it moved air defence units to ${s.b.en} on ${d}.`,
    doctrine: `On ${d}, ${s.a.en} updated its military doctrine.`,
  }[s.kind];
  const body = [
    `${introEn(s.speakerA)} said that the agreement strengthens the security of both states.`,
    `"We have taken an important step today," ${surname(s.speakerA)} told reporters in ${placeName}.`,
    `${introEn(s.speakerB)} called it a success for the region and announced further talks.`,
    `According to diplomats, the document was prepared in several rounds of talks that lasted for months.`,
    `Observers in Brussels and Geneva followed the talks closely but did not comment at first.`,
    `${surname(s.speakerB)} stressed that the cooperation was directed against no one.`,
    `The parliaments of both countries still have to approve the agreement; no date has been set.`,
    `Critics warned of a new arms race in Europe.`,
    `Both governments had announced talks on ${s.subjectEn} in ${MONTHS_EN[(s.date.getUTCMonth() + 9) % 12]}.`,
    `The opposition in ${capDe(s.a.capital, 'en')} accused the government of informing parliament too late and demanded to see the documents.`,
    `Business groups welcomed the deal, saying it would give companies in both countries more certainty for planning.`,
    `Relations between ${s.a.en} and ${s.b.en} have been strained repeatedly in recent years, most recently over a dispute about overflight rights.`,
    `${surname(s.speakerA)} said that both sides would review the implementation together and take stock next year.`,
    `A United Nations spokesman called on all sides to continue the talks and to show restraint.`,
    `Russian President Vladimir Putin announced in ${MONTHS_EN[(s.date.getUTCMonth() + 5) % 12]} that cooperation with Belarus would be expanded.`,
    `Belarusian President Alexander Lukashenko stated that his country was following the talks with great interest.`,
  ];
  return { title, lead: [lead], body };
}

/** Shuffle a copy (Fisher–Yates) with the seeded generator. */
function shuffled<T>(r: Rand, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The outlets: name, language and house markup. */
function publishers(): Array<{ name: string; language: 'de' | 'en'; house: number }> {
  const out: Array<{ name: string; language: 'de' | 'en'; house: number }> = [];
  DE_PARTS[0]!.forEach((a, i) => DE_PARTS[1]!.forEach((b, j) => out.push({ name: `${a}${b}`, language: 'de', house: (i + j) % 3 })));
  EN_PARTS[0]!.forEach((a, i) => EN_PARTS[1]!.forEach((b, j) => out.push({ name: `The ${a} ${b}`, language: 'en', house: (i + j) % 3 })));
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A saved page in one of three outlets' markup: navigation, teasers, byline and footer around the article. */
function htmlPage(a: Omit<GeneratedArticle, 'format' | 'fileName' | 'content'>, house: number, byline: string): string {
  const paras = a.text.split('\n\n').slice(1);
  const p = (tag: string, cls: string) => paras.map((x) => `<${tag} class="${cls}">${escapeHtml(x)}</${tag}>`).join('\n');
  const teasers = a.language === 'de' ? ['Hafenstreit geht weiter', 'Neue Brücke eröffnet', 'Sturm an der Küste'] : ['Ferry strike ends', 'Council approves budget', 'Storm warning for the coast'];
  const nav = `<nav class="main"><a href="/">${a.language === 'de' ? 'Startseite' : 'Home'}</a> <a href="/politik">Politik</a> <a href="/welt">Welt</a></nav>`;
  const most = `<aside class="most-read"><h3>${a.language === 'de' ? 'Meistgelesen' : 'Most read'}</h3><ol>${teasers.map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ol></aside>`;
  const footer = `<footer><p>© ${a.published.slice(0, 4)} ${escapeHtml(a.publisher)}</p><a href="/impressum">Impressum</a></footer>`;
  if (house === 0) {
    return `<!DOCTYPE html>\n<html lang="${a.language}"><head><meta charset="utf-8"><title>${escapeHtml(a.title)} | ${escapeHtml(a.publisher)}</title>
<meta property="og:site_name" content="${escapeHtml(a.publisher)}"><meta property="og:title" content="${escapeHtml(a.title)}"><meta property="article:published_time" content="${a.published}T07:30:00+01:00"></head>
<body><header>${nav}</header><main><article><h1>${escapeHtml(a.title)}</h1><p class="byline">${byline}</p>\n${p('p', 'text')}</article></main>${most}${footer}</body></html>\n`;
  }
  if (house === 1) {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: `${a.published}T18:00:00Z`, inLanguage: a.language === 'de' ? 'de-DE' : 'en-GB', publisher: { '@type': 'Organization', name: a.publisher } });
    return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title><script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script></head>
<body><div id="top">${nav}</div><div id="page"><div class="story-body"><h1 class="headline">${escapeHtml(a.title)}</h1><div class="author-line">${byline}</div>\n${p('div', 'para')}\n<div class="related"><h4>${a.language === 'de' ? 'Lesen Sie auch' : 'Related stories'}</h4><a href="/r">${teasers[0]}</a></div></div><div class="rail">${most}</div></div>${footer}</body></html>\n`;
  }
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: a.publisher }, { '@type': ['NewsArticle'], headline: a.title, datePublished: a.published, inLanguage: { '@type': 'Language', alternateName: a.language }, publisher: { '@type': 'NewsMediaOrganization', name: a.publisher } }] });
  return `<!DOCTYPE html>\n<html lang="${a.language === 'de' ? 'de-AT' : 'en-US'}"><head><meta charset="utf-8"><title>${escapeHtml(a.publisher)}</title><script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script></head>
<body>${nav}<main><article><header><h1>${escapeHtml(a.title)}</h1><span class="author">${byline}</span></header><section class="body">\n${p('p', 'x')}\n<div class="share"><button>Teilen</button></div></section></article></main>${footer}</body></html>\n`;
}

/**
 * Generate `articles` articles. Stories are told by 1–20 outlets (a few big stories, many small
 * ones); about a fifth of the outlets report the story's date a day late.
 */
export function generateCorpus(options: CorpusOptions): GeneratedArticle[] {
  const r = seededRandom(options.seed ?? 12);
  const who = people(r, Math.max(60, Math.round(options.articles / 15)));
  const outlets = publishers();
  const stories = Array.from({ length: Math.max(1, Math.round(options.articles / 6)) }, () => makeStory(r, who));
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    // skewed choice of story: low-numbered stories are told by many outlets
    const storyNo = Math.floor(stories.length * r() ** 2);
    const s = stories[storyNo]!;
    const outlet = pick(r, outlets);
    const lang = outlet.language;
    const reported = r() < 0.2 ? addDays(s.date, 1) : s.date;
    const published = iso(addDays(s.date, Math.floor(r() * 3)));
    const { title, lead, body } = sentences(s, lang, r, reported);
    const chosen = shuffled(r, body).slice(0, 8 + Math.floor(r() * 8));
    const paragraphs: string[] = [title, lead[0]!];
    for (let k = 0; k < chosen.length; k += 2) paragraphs.push(chosen.slice(k, k + 2).join(' '));
    const id = `${lang}-${String(i).padStart(5, '0')}-${outlet.name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`;
    const text = paragraphs.join('\n\n');
    const byline = `${lang === 'de' ? 'Von' : 'By'} ${pick(r, FIRST)} ${pick(r, LAST)}`;
    const base = { id, language: lang, publisher: outlet.name, published, title, text, story: storyNo };
    const roll = r();
    if (roll < 0.15) {
      out.push({ ...base, format: 'html', fileName: `${id}.html`, content: htmlPage(base, outlet.house, byline) });
    } else if (roll < 0.3) {
      const md = `---\ntitle: "${title.replace(/"/g, '\\"')}"\ndate: ${published}\npublisher: "${outlet.name}"\nlang: ${lang}\n---\n\n# ${title}\n\n*${byline}*\n\n${paragraphs.slice(1).join('\n\n')}\n`;
      out.push({ ...base, format: 'md', fileName: `${id}.md`, content: md });
    } else {
      const furniture = r() < 0.3 ? `\n\n${lang === 'de' ? 'Mehr zum Thema – ' : 'Read more: '}${pick(r, outlets).name}` : '';
      out.push({ ...base, format: 'txt', fileName: `${id}.txt`, content: `${text}${furniture}\n` });
    }
  }
  return out;
}
