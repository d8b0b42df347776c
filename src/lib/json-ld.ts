/** schema.org `Legislation` description of a plan, for search engines and other machines. */
import type { PlanData } from './plan-schema';
import { basisName } from './plan-format';
import { isoDate, statusJsonLd } from './plan-status';
import { documentPath, documentSlug } from './documents';

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
    legislationJurisdiction: plan.province,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: plan.issuer },
    legislationResponsible: { '@type': 'Person', name: plan.signer.name, jobTitle: plan.signer.position },
    legislationApplies: plan.legalBasis
      .filter((b) => b.relation === 'thực hiện')
      .map((b) => ({ '@type': 'Legislation', name: basisName(b), legislationIdentifier: b.number, url: new URL(documentPath(documentSlug(b)), url).href })),
    ...statusJsonLd(plan.status),
    datePublished: isoDate(plan.added),
    dateModified: isoDate(plan.updated),
  };
}
