/** schema.org `Legislation` description of a plan, for search engines and other machines. */
import { documentPath } from './core/paths';
import type { PlanData } from './plan-schema';
import { PROVINCE_INFERRED_NOTE, basisName, provinceInferredMark } from './plan-format';
import { isoDateOf } from './core/dates';
import { statusJsonLd } from './plan-status';
import { documentSlug } from './documents';

/**
 * Beside a name that shows an inferred province, the pages' words and where the province
 * comes from (the schema requires `provinceNote` then); names stay plain for machines.
 */
function inferredDescription(plan: PlanData, name: string): { description?: string } {
  if (!provinceInferredMark(plan, name)) return {};
  return { description: `${PROVINCE_INFERRED_NOTE.charAt(0).toLocaleUpperCase('vi')}${PROVINCE_INFERRED_NOTE.slice(1)}: ${plan.provinceNote}` };
}

export function planJsonLd(plan: PlanData, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: plan.title,
    url,
    inLanguage: 'vi',
    legislationType: plan.docType,
    ...(plan.number ? { legislationIdentifier: plan.number } : {}),
    ...(plan.issueDate ? { legislationDate: plan.issueDate.toISOString().slice(0, 10) } : {}),
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: plan.province, ...inferredDescription(plan, plan.province) },
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: plan.issuer, ...inferredDescription(plan, plan.issuer) },
    legislationResponsible: { '@type': 'Person', name: plan.signer.name, jobTitle: plan.signer.position },
    legislationApplies: plan.legalBasis
      .filter((b) => b.relation === 'thực hiện')
      .map((b) => ({ '@type': 'Legislation', name: basisName(b), legislationIdentifier: b.number, url: new URL(documentPath(documentSlug(b)), url).href })),
    ...statusJsonLd(plan.status),
    datePublished: isoDateOf(plan.added),
    dateModified: isoDateOf(plan.updated),
  };
}
