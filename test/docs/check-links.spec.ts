import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorsOf, checkLinks, markdownFiles, slug } from '../../scripts/check-links.js';

/** A throw-away repository: README.md, docs/ and whatever else a test writes. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tongxin-links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the relative-link checker (npm run lint:links)', () => {
  const roots: string[] = [];
  const make = (files: Record<string, string>) => {
    const root = repository(files);
    roots.push(root);
    return root;
  };
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('passes a README and docs whose links, images and anchors all resolve', () => {
    const root = make({
      'README.md': [
        '# Tongxin',
        '![dashboard](docs/img/dashboard.png)',
        'See [the event store](docs/architecture.md#the-event-store-libsevent-store),',
        '[the records](docs/adr/), [Node](https://nodejs.org/) and [the top](#tongxin).',
      ].join('\n'),
      'docs/img/dashboard.png': '',
      'docs/adr/README.md': '# Decisions\n[back](../architecture.md#交付与部署)\n',
      'docs/architecture.md': '# Architecture\n## The event store (`libs/event-store`)\n## 交付与部署\n',
    });
    expect(checkLinks(root)).toEqual([]);
  });

  it('reports a missing file, a missing image and an unknown heading, with file and line', () => {
    const root = make({
      'README.md': '# Tongxin\n\n[ops](docs/operations.md)\n![shot](docs/img/missing.png)\n',
      'docs/api.md': '# API\n[kpis](kpis.md)\n[store](../README.md#no-such-heading)\n',
      'docs/kpis.md': '# KPIs\n',
    });
    expect(checkLinks(root)).toEqual([
      { file: 'README.md', line: 3, target: 'docs/operations.md', reason: 'no such file or folder' },
      { file: 'README.md', line: 4, target: 'docs/img/missing.png', reason: 'no such file or folder' },
      {
        file: 'docs/api.md',
        line: 3,
        target: '../README.md#no-such-heading',
        reason: 'no heading #no-such-heading in README.md',
      },
    ]);
  });

  it('ignores links inside code, but not reference definitions', () => {
    const root = make({
      'README.md': '# T\n`[a](gone.md)`\n```md\n[b](gone.md)\n```\n[c]: docs/gone.md\n',
    });
    expect(checkLinks(root).map((b) => b.target)).toEqual(['docs/gone.md']);
  });

  it("gives headings GitHub's anchors, repeats numbered", () => {
    expect(slug('Running each app')).toBe('running-each-app');
    expect(slug('Who may do what (`libs/auth`)')).toBe('who-may-do-what-libsauth');
    expect(slug('KPIs (domain.md §5)')).toBe('kpis-domainmd-5');
    expect([...anchorsOf('# A\n## Twice\n## Twice\n')]).toEqual(['a', 'twice', 'twice-1']);
  });

  it('finds no broken link in this repository', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    expect(markdownFiles(root)).toContain('README.md');
    expect(checkLinks(root)).toEqual([]);
  });
});
