// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkClauses } from './src/build/remark-clauses.ts';
import { remarkObligations } from './src/build/remark-obligations.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { stableSearchIndex } from './src/integrations/stable-search-index.ts';
import { calculatorLinks } from './src/build/calculator-links.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { offline } from './src/integrations/offline.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  // The public address, for canonical URLs, Open Graph tags and the sitemap (README: "Deploying").
  site: process.env.SITE_URL ?? 'https://kehoach-canbo.example.vn',
  trailingSlash: 'always',
  // Pages wait on file writes; rendering a few at once keeps the CPU busy on large collections.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // Plans have no code; Shiki's inline styles would also break the CSP below.
    syntaxHighlight: false,
    // Plans are published as written: no curly-quote or dash rewriting.
    processor: unified({ remarkPlugins: [[remarkClauses, { toolLinks: calculatorLinks }], remarkObligations], smartypants: false }),
  },
  security: {
    // Astro hashes its own inline scripts and styles into a CSP <meta> on every page.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search core at run time.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Small modules that most islands share (the core: dates, paths, URL state, folding,
          // formats; plan labels and provinces; writing a CSV; saving a file) go in one chunk,
          // not a file each: fewer requests and less gzip overhead per page
          // (test/site/js-budget.test.ts).
          codeSplitting: { groups: [{ name: 'shared', test: /src[\\/](lib[\\/](core[\\/]|csv[\\/]write|plan-format|provinces)|components[\\/]FileTool[\\/]browser-files)/ }] },
        },
      },
    },
    // Module workers, so that a worker's dynamic import (ExcelJS, only when an .xlsx is
    // chosen) is a chunk of its own rather than part of the worker every page starts.
    worker: { format: 'es' },
  },
  // Order matters: the service worker precaches every file the others write.
  integrations: [
    // Plans are .mdx files but are rendered to HTML when content is synced (src/integrations/plan-loader.ts),
    // not compiled into modules; MDX stays for pages that need components.
    mdx({ optimize: true }),
    // Only our islands need Preact's JSX transform; without `include` it also ran Babel over
    // the generated content module, which grows with the number of plans.
    preact({ include: [/\.tsx$/] }),
    searchIndex(),
    // Pagefind's filter files in a fixed order: the same sources build the same bytes.
    stableSearchIndex(),
    securityHeaders(),
    ...sitemap(),
    offline(),
  ],
});
