/**
 * The _headers file for hosts that read one (Netlify, Cloudflare Pages and the like):
 * each page's Content-Security-Policy as an HTTP header, which unlike the <meta> Astro
 * writes can also forbid framing, plus headers that keep the site from leaking anything.
 */

/** Same for every file: no MIME sniffing, no referrer sent elsewhere, no device access. */
const EVERY_FILE = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: same-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options: DENY',
];

export interface PagePolicy {
  /** The URL the page is served at ("/ke-hoach/x/"). */
  url: string;
  /** The content of the page's CSP <meta>. */
  csp: string;
}

/** The CSP <meta> content of an HTML page, or null when it has none. */
export function cspOfPage(html: string): string | null {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return meta ? meta[1]! : null;
}

/** One line per directive set; "frame-ancestors" only works as a header, so it is added here. */
function headerPolicy(csp: string): string {
  const directives = csp.split(';').map((d) => d.trim()).filter(Boolean);
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

export function headersFile(pages: readonly PagePolicy[]): string {
  const blocks = [['/*', ...EVERY_FILE]];
  // The worker must be revalidated on every visit, or a new version is noticed late.
  blocks.push(['/sw.js', 'Cache-Control: no-cache']);
  blocks.push(['/_astro/*', 'Cache-Control: public, max-age=31536000, immutable']);
  for (const page of [...pages].sort((a, b) => a.url.localeCompare(b.url))) {
    blocks.push([page.url, `Content-Security-Policy: ${headerPolicy(page.csp)}`]);
  }
  return blocks.map(([path, ...lines]) => [path, ...lines.map((line) => `  ${line}`)].join('\n')).join('\n') + '\n';
}
