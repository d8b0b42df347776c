/** The frontmatter schema of a plan's `status` (words and rules: plan-status.ts). */
import { z } from 'astro/zod';

/** The document that amends or replaces a plan, as it names itself. */
const changingDocumentSchema = z.object({
  kind: z.string().min(2),
  number: z.string().min(1),
  date: z.coerce.date(),
  issuer: z.string().min(3),
});

/** The date the status was last compared with the plan's source. */
const checked = z.coerce.date({ error: 'Thiếu ngày đối chiếu với bản gốc (status.checked).' });
/** The date the plan took effect, was amended, replaced or expired. */
const from = z.coerce.date({ error: 'Thiếu ngày có hiệu lực hoặc thay đổi hiệu lực (status.from).' });

export const planStatusSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('draft'), checked }),
    z.object({ kind: z.literal('issued'), checked }),
    z.object({ kind: z.literal('in-force'), from, checked }),
    z.object({ kind: z.literal('amended'), from, by: changingDocumentSchema, checked }),
    z.object({ kind: z.literal('replaced'), from, by: changingDocumentSchema, checked }),
    z.object({ kind: z.literal('expired'), from, checked }),
  ],
  {
    error:
      'Tình trạng (status.kind) phải là một trong: "draft" (dự thảo), "issued" (đã ban hành), "in-force" (có hiệu lực), "amended" (được sửa đổi, bổ sung), "replaced" (bị thay thế), "expired" (hết hiệu lực).',
  },
);

export type PlanStatus = z.infer<typeof planStatusSchema>;
export type StatusKind = PlanStatus['kind'];
export type ChangingDocument = z.infer<typeof changingDocumentSchema>;
