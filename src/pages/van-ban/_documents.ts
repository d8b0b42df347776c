/**
 * The documents of the whole collection (src/lib/documents.ts), gathered once per build for
 * every /van-ban/ route and the province lists; a clash of two documents on one address
 * stops the build here, with the plans named.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type BasisDocument, basisDocuments } from '../../lib/documents';

export type PlanDocument = BasisDocument<CollectionEntry<'plans'>>;

let documents: Promise<PlanDocument[]> | undefined;

export function loadDocuments(): Promise<PlanDocument[]> {
  documents ??= getCollection('plans').then(basisDocuments);
  return documents;
}
