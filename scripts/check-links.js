// `npm run lint:links`: every relative link and image in README.md and docs/**/*.md must resolve
// to a file or folder of the repository, and every #anchor into a Markdown file to one of its
// headings (GitHub's slugs) or an explicit <a id>/<a name>. External links (http:, mailto:, …)
// are not fetched. Exits 1 listing each broken link as file:line. Plain Node, no dependency.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** README.md and every Markdown file under docs/, relative to root, sorted. */
export function markdownFiles(root) {
  const found = [];
  if (existsSync(join(root, 'README.md'))) found.push('README.md');
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path.split(sep).join('/'));
    }
  };
  if (existsSync(join(root, 'docs'))) walk('docs');
  return found.sort();
}

/** The text a heading renders to: inline code, links, images and emphasis reduced to their words. */
function headingText(raw) {
  return raw
    .replace(/\s+#+\s*$/, '') // closing hashes of an ATX heading
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, '$1$2');
}

/** GitHub's heading anchor: lower case, punctuation dropped (letters of any script kept), spaces to hyphens. */
export function slug(text) {
  return headingText(text)
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Lines outside fenced code blocks: 1-based number, the raw line, and the line with inline code spans blanked. */
function proseLines(text) {
  const lines = [];
  let fence = null;
  text.split('\n').forEach((line, index) => {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length) fence = null;
      return;
    }
    if (opener) {
      fence = opener[1];
      return;
    }
    lines.push({
      number: index + 1,
      line,
      prose: line.replace(/(`+)(?:(?!\1).)+?\1/g, (span) => ' '.repeat(span.length)),
    });
  });
  return lines;
}

/** Every anchor a Markdown file offers: heading slugs (repeats get -1, -2 …) and explicit ids. */
export function anchorsOf(text) {
  const anchors = new Set();
  const seen = new Map();
  for (const { line, prose } of proseLines(text)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const match of prose.matchAll(/<a\s[^>]*(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(match[1]);
  }
  return anchors;
}

/** Link targets of one file: inline links and images, reference definitions, HTML src/href. */
export function linksOf(text) {
  const links = [];
  for (const { number, prose: line } of proseLines(text)) {
    for (const match of line.matchAll(/!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+["'(][^)]*)?\)/g))
      links.push({ line: number, target: match[1].replace(/^<|>$/g, '') });
    const definition = /^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(line);
    if (definition) links.push({ line: number, target: definition[1].replace(/^<|>$/g, '') });
    for (const match of line.matchAll(/<(?:img|a)\s[^>]*(?:src|href)\s*=\s*["']([^"']+)["']/gi))
      links.push({ line: number, target: match[1] });
  }
  return links;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks the given Markdown files (relative to root; by default README.md and docs/**).
 * Returns the broken links, each with file, line, target and the reason; empty when all resolve.
 */
export function checkLinks(root, files = markdownFiles(root)) {
  const broken = [];
  const anchorCache = new Map();
  const anchorsIn = (path) => {
    if (!anchorCache.has(path)) anchorCache.set(path, anchorsOf(readFileSync(path, 'utf8')));
    return anchorCache.get(path);
  };
  for (const file of files) {
    const absolute = resolve(root, file);
    for (const { line, target } of linksOf(readFileSync(absolute, 'utf8'))) {
      if (EXTERNAL.test(target)) continue;
      const report = (reason) => broken.push({ file, line, target, reason });
      const hashAt = target.indexOf('#');
      const pathPart = (hashAt < 0 ? target : target.slice(0, hashAt)).replace(/\?.*$/, '');
      const anchor = hashAt < 0 ? null : target.slice(hashAt + 1);
      let decoded;
      try {
        decoded = decodeURIComponent(pathPart);
      } catch {
        report('malformed percent-encoding');
        continue;
      }
      const destination =
        decoded === '' ? absolute : decoded.startsWith('/') ? join(root, decoded) : resolve(dirname(absolute), decoded);
      if (relative(root, destination).startsWith('..')) {
        report('points outside the repository');
        continue;
      }
      if (!existsSync(destination)) {
        report('no such file or folder');
        continue;
      }
      if (anchor && destination.endsWith('.md') && statSync(destination).isFile()) {
        let wanted;
        try {
          wanted = decodeURIComponent(anchor);
        } catch {
          wanted = anchor;
        }
        if (!anchorsIn(destination).has(wanted.toLowerCase()) && !anchorsIn(destination).has(wanted))
          report(`no heading #${anchor} in ${relative(root, destination).split(sep).join('/')}`);
      }
    }
  }
  return broken;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const files = markdownFiles(root);
  const broken = checkLinks(root, files);
  for (const b of broken) process.stderr.write(`${b.file}:${b.line}: ${b.target} — ${b.reason}\n`);
  if (broken.length > 0) {
    process.stderr.write(`[lint:links] ${broken.length} broken relative link(s) in ${files.length} Markdown files\n`);
    process.exit(1);
  }
  process.stdout.write(`[lint:links] ${files.length} Markdown files, every relative link resolves\n`);
}
