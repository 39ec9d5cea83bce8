export interface BrokenLink {
  readonly file: string;
  readonly line: number;
  readonly target: string;
  readonly reason: string;
}
export function markdownFiles(root: string): string[];
export function slug(text: string): string;
export function anchorsOf(text: string): Set<string>;
export function linksOf(text: string): { line: number; target: string }[];
export function checkLinks(root: string, files?: readonly string[]): BrokenLink[];
