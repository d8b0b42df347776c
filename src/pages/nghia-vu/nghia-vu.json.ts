import type { APIRoute } from 'astro';
import { registerJson } from '../../lib/obligations/export';
import { loadRegister } from './_register';

export const GET: APIRoute = async ({ site }) => {
  const rows = (await loadRegister()).flatMap((p) => p.rows);
  return new Response(registerJson(rows, site!.origin), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
