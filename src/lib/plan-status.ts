/**
 * A plan's legal status, as vbpl.vn and thuvienphapluat.vn show a document's: a draft
 * (no number, no date yet), issued, in force from a date, amended or replaced by another
 * document, or expired; with the date the status was last checked against the source.
 * The rules tying it to the number and date lines, and its words. The schema is in
 * plan-status-schema.ts, so that lists and cards in the browser do not load the validator.
 */
import { isoDateOf } from './core/dates';
import { formatDate } from './core/vi-format';
import type { ChangingDocument, PlanStatus, StatusKind } from './plan-status-schema';

/** What the status rules read from a plan. */
export interface StatusFields {
  status: PlanStatus;
  number: string | null;
  numberLine: string | null;
  issueDate: Date | null;
  dateLine: string | null;
}

export interface StatusIssue {
  path: (string | number)[];
  message: string;
}

/**
 * A draft has neither number nor date; a number or date line printed blank ("Số: /KH-UBND",
 * "ngày tháng năm 2026") is a draft's. A plan whose source has no number or date line at
 * all (the transcription lacks the header) may be issued: its status says so in words.
 */
export function statusIssues(plan: StatusFields): StatusIssue[] {
  const { status } = plan;
  const issues: StatusIssue[] = [];
  if (status.kind === 'draft') {
    if (plan.number) issues.push({ path: ['status', 'kind'], message: `Dự thảo thì chưa có số hiệu, nhưng kế hoạch ghi số “${plan.number}”: sửa tình trạng (status.kind) hoặc bỏ số hiệu (number).` });
    if (plan.issueDate) issues.push({ path: ['status', 'kind'], message: `Dự thảo thì chưa có ngày ban hành, nhưng kế hoạch ghi ngày ${formatDate(plan.issueDate)}: sửa tình trạng (status.kind) hoặc bỏ ngày ban hành (issueDate).` });
    return issues;
  }
  if (!plan.number && plan.numberLine) issues.push({ path: ['status', 'kind'], message: `Dòng số hiệu để trống (“${plan.numberLine}”) là của dự thảo: tình trạng (status.kind) phải là "draft", hoặc ghi số hiệu (number).` });
  if (!plan.issueDate && plan.dateLine) issues.push({ path: ['status', 'kind'], message: `Dòng ngày tháng để trống (“${plan.dateLine}”) là của dự thảo: tình trạng (status.kind) phải là "draft", hoặc ghi ngày ban hành (issueDate).` });
  if ('from' in status && plan.issueDate && status.from < plan.issueDate) {
    issues.push({ path: ['status', 'from'], message: `Ngày ${formatDate(status.from)} trước ngày ban hành ${formatDate(plan.issueDate)}.` });
  }
  return issues;
}

/** "Kế hoạch số 45/KH-UBND ngày 10/03/2027 của UBND tỉnh Thái Nguyên". */
export function changingDocumentName(doc: ChangingDocument): string {
  return `${doc.kind} số ${doc.number} ngày ${formatDate(doc.date)} của ${doc.issuer}`;
}

/** The status in a few words, as a card or a list shows it. */
export const STATUS_LABELS: Record<StatusKind, string> = {
  draft: 'Dự thảo (chưa ghi số, ngày)',
  issued: 'Đã ban hành',
  'in-force': 'Còn hiệu lực',
  amended: 'Đã được sửa đổi, bổ sung',
  replaced: 'Đã bị thay thế',
  expired: 'Hết hiệu lực',
};

/** The status in a sentence, with its dates and the document that changed it, as the plan's metadata shows it. */
export function statusSentence(plan: StatusFields): string {
  const { status } = plan;
  switch (status.kind) {
    case 'draft':
      return STATUS_LABELS.draft;
    case 'issued':
      return plan.issueDate ? `Đã ban hành ngày ${formatDate(plan.issueDate)}` : 'Đã ban hành (bản chép không có số, ngày ban hành)';
    case 'in-force':
      return `Còn hiệu lực, từ ngày ${formatDate(status.from)}`;
    case 'amended':
      return `Đã được sửa đổi, bổ sung bởi ${changingDocumentName(status.by)}, từ ngày ${formatDate(status.from)}`;
    case 'replaced':
      return `Hết hiệu lực, được thay thế bởi ${changingDocumentName(status.by)}, từ ngày ${formatDate(status.from)}`;
    case 'expired':
      return `Hết hiệu lực từ ngày ${formatDate(status.from)}`;
  }
}

const LEGAL_FORCE = 'https://schema.org/';

/**
 * schema.org terms for the status: `creativeWorkStatus` (Draft, Published, Obsolete) and
 * `legislationLegalForce` (InForce, PartiallyInForce, NotInForce). An issued plan whose
 * force nobody has checked states none.
 */
export function statusJsonLd(status: PlanStatus): Record<string, unknown> {
  switch (status.kind) {
    case 'draft':
      return { creativeWorkStatus: 'Draft', legislationLegalForce: `${LEGAL_FORCE}NotInForce` };
    case 'issued':
      return { creativeWorkStatus: 'Published' };
    case 'in-force':
      return { creativeWorkStatus: 'Published', legislationLegalForce: `${LEGAL_FORCE}InForce`, legislationDateOfApplicability: isoDateOf(status.from) };
    case 'amended':
      return { creativeWorkStatus: 'Published', legislationLegalForce: `${LEGAL_FORCE}PartiallyInForce` };
    case 'replaced':
    case 'expired':
      return { creativeWorkStatus: 'Obsolete', legislationLegalForce: `${LEGAL_FORCE}NotInForce`, expires: isoDateOf(status.from) };
  }
}
