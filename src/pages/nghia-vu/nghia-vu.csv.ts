import type { APIRoute } from 'astro';
import { registerCsv } from '../../lib/obligations/export';
import { loadRegister } from './_register';

export const GET: APIRoute = async ({ site }) => {
  const rows = (await loadRegister()).flatMap((p) => p.rows);
  return new Response(registerCsv(rows, site!.origin), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
