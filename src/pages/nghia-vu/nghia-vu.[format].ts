/** The whole register: /nghia-vu/nghia-vu.csv, .json, .ics (downloads; no page loads them). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { REGISTER_FORMATS, type RegisterFormat } from '../../lib/core/paths';
import { registerFile } from './_files';
import { loadRegister } from './_register';

export const getStaticPaths = (() => REGISTER_FORMATS.map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const rows = (await loadRegister()).plans.flatMap((p) => p.rows);
  return registerFile(params.format as RegisterFormat, rows, 'Nghĩa vụ theo kế hoạch (toàn bộ)', site!);
};
