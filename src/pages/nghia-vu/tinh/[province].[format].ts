/**
 * One province's rows: /nghia-vu/tinh/<province-slug>.csv, .json, .ics, for the provinces
 * that have plans. The province page loads the JSON when the reader filters.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ProvinceRegister } from '../../../lib/obligations/partition';
import { REGISTER_FORMATS, type RegisterFormat } from '../../../lib/core/paths';
import { registerFile } from '../_files';
import { loadRegister } from '../_register';

export const getStaticPaths = (async () =>
  (await loadRegister()).provinces
    .filter((group) => group.plans.length > 0)
    .flatMap((group) => REGISTER_FORMATS.map((format) => ({ params: { province: group.province.slug, format }, props: { group, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: ProvinceRegister; format: RegisterFormat }> = ({ props: { group, format }, site }) =>
  registerFile(format, group.plans.flatMap((p) => p.rows), `Nghĩa vụ: ${group.province.name}`, site!);
