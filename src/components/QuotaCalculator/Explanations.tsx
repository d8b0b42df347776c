/** The "why" of one quota figure for 2030 and 2035. */
import type { Figure, Year } from '../../lib/quota/engine';
import { Explanations as Why } from '../Explanations/Explanations';

export function Explanations({ label, figures }: { label: string; figures: Record<Year, Figure> }) {
  return <Why label={label} items={([2030, 2035] as Year[]).map((year) => ({ heading: `Năm ${year}`, why: figures[year].why }))} />;
}
