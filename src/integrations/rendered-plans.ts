/**
 * A plan's rendered HTML and structure, written by plan-loader.ts when content was
 * synced. Read when a page needs them; a plan's structure (clauses, obligations) is
 * kept once read, as the register reads every plan's while its pages are built.
 */
import { readFile } from 'node:fs/promises';
import { cacheDir } from 'astro:config/server';
import type { CollectionEntry } from 'astro:content';
import { type PlanStructure, renderedPlanPaths } from './plan-loader';

type PlanEntry = CollectionEntry<'plans'>;

const paths = (entry: PlanEntry) => renderedPlanPaths(cacheDir, entry.id, entry.digest ?? '');

export function planHtml(entry: PlanEntry): Promise<string> {
  return readFile(paths(entry).html, 'utf8');
}

const structures = new Map<string, Promise<PlanStructure>>();

export function planStructure(entry: PlanEntry): Promise<PlanStructure> {
  const key = paths(entry).structure;
  let structure = structures.get(key);
  if (!structure) {
    structure = readFile(key, 'utf8').then((text) => JSON.parse(text) as PlanStructure);
    structures.set(key, structure);
  }
  return structure;
}
