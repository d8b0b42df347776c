// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkClauses } from './src/lib/remark-clauses.ts';
import { remarkObligations } from './src/lib/obligations/remark.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { calculatorLinks } from './src/lib/rules/tool-links.ts';

export default defineConfig({
  site: 'https://kehoach-canbo.example.vn',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Plans are published as written: no curly-quote or dash rewriting.
    processor: unified({ remarkPlugins: [[remarkClauses, { toolLinks: calculatorLinks }], remarkObligations], smartypants: false }),
  },
  integrations: [mdx(), preact(), searchIndex()],
});
