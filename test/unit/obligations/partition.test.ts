/**
 * The register split by province and plan: grouping, the addresses of its pages and
 * files, and finding the plan an old link /nghia-vu/#nv-<plan>-<clause> names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RegisterPlan, groupByProvince } from '../../../src/lib/obligations/partition';
import {
  obligationPath,
  planRegisterFilePath,
  planRegisterPath,
  provinceRegisterFilePath,
  provinceRegisterPath,
  registerFilePath,
} from '../../../src/lib/core/paths';
import { isClauseId, resolveRowLink, rowLinkCandidates } from '../../../src/lib/obligations/row-link';
import { obligationRowId } from '../../../src/lib/obligations/resolve';
import { PROVINCES } from '../../../src/lib/provinces';
import { registerRow } from '../../support/obligation-fixture';
import { loadPlans } from '../../support/plans';

const PINS = join(import.meta.dirname, '../../site/anchor-pins');
/**
 * Every published anchor of the five plans that can hold an obligation, by plan. An
 * appendix group's heading row ("pl-v") is an anchor but gives no task itself: its
 * tasks are the rows under it, so old row links never name it.
 */
const ANCHORS = new Map(
  readdirSync(PINS).map((file) => [file.replace(/\.json$/, ''), Object.keys(JSON.parse(readFileSync(join(PINS, file), 'utf8'))).filter((id) => !/^pl-[ivx]+$/.test(id))]),
);

const plan = (slug: string, province: string, rows = 1): RegisterPlan => ({
  slug,
  label: slug,
  province,
  provinceInferred: false,
  rows: Array.from({ length: rows }, (_, i) => registerRow(`ii-${i + 1}`, 'Thường xuyên', { plan: slug })),
});

describe('grouping by province', () => {
  it('gives all 34 provinces in order, each with its plans in the order given and its obligation count', () => {
    const groups = groupByProvince([plan('b', 'Hải Phòng', 2), plan('a', 'Thái Nguyên', 3), plan('c', 'Hải Phòng', 1)]);
    expect(groups.map((g) => g.province.slug)).toEqual(PROVINCES.map((p) => p.slug));
    const haiPhong = groups.find((g) => g.province.slug === 'hai-phong')!;
    expect(haiPhong.plans.map((p) => p.slug)).toEqual(['b', 'c']);
    expect(haiPhong.obligations).toBe(3);
    expect(groups.find((g) => g.province.slug === 'thai-nguyen')!.obligations).toBe(3);
    expect(groups.filter((g) => g.plans.length === 0)).toHaveLength(32);
  });

  it('stops on a plan outside the 34, naming it', () => {
    expect(() => groupByProvince([plan('x', 'Hà Tây')])).toThrow(/"x".*Hà Tây/);
  });
});

describe('addresses', () => {
  it('puts pages and files under /nghia-vu/, keeping the addresses published before the split', () => {
    expect(registerFilePath('csv')).toBe('/nghia-vu/nghia-vu.csv');
    expect(registerFilePath('json')).toBe('/nghia-vu/nghia-vu.json');
    expect(registerFilePath('ics')).toBe('/nghia-vu/nghia-vu.ics');
    expect(planRegisterPath('ha-bac')).toBe('/nghia-vu/ke-hoach/ha-bac/');
    expect(planRegisterFilePath('ha-bac', 'csv')).toBe('/nghia-vu/ke-hoach/ha-bac.csv');
    expect(planRegisterFilePath('ha-bac', 'json')).toBe('/nghia-vu/ke-hoach/ha-bac.json');
    expect(planRegisterFilePath('ha-bac', 'ics')).toBe('/nghia-vu/lich/ha-bac.ics');
    expect(provinceRegisterPath('hai-phong')).toBe('/nghia-vu/tinh/hai-phong/');
    expect(provinceRegisterFilePath('hai-phong', 'json')).toBe('/nghia-vu/tinh/hai-phong.json');
    expect(provinceRegisterFilePath('hai-phong', 'ics')).toBe('/nghia-vu/tinh/hai-phong.ics');
    expect(obligationPath('ha-bac', 'nv-ha-bac-ii-2')).toBe('/nghia-vu/ke-hoach/ha-bac/#nv-ha-bac-ii-2');
  });
});

describe('clause ids', () => {
  it('accepts every published anchor of the five plans', () => {
    for (const anchors of ANCHORS.values()) for (const id of anchors) expect(isClauseId(id), id).toBe(true);
    expect(['iii_2', 'iii_2-1', 'v-1-dd', 'pl-v-2', '2-b', 'b'].every(isClauseId)).toBe(true);
  });

  it('refuses what the anchor grammar cannot make', () => {
    for (const id of ['', 'ubnd', 'ii-', '-ii', 'ii--1', 'pl-v', 'pl-2-1', 'ii-ab', 'II-1', 'ii-1_2']) expect(isClauseId(id), id).toBe(false);
  });
});

describe('old row links', () => {
  it('splits sectioned and appendix ids first, the longest slug first', () => {
    expect(rowLinkCandidates('nv-thai-nguyen-128-kh-ubnd-2026-v-1-dd')).toEqual([
      { plan: 'thai-nguyen-128-kh-ubnd-2026', clauseId: 'v-1-dd' },
      // A text without Roman sections could number a khoản "2026"; tried last.
      { plan: 'thai-nguyen-128-kh-ubnd-2026-v-1', clauseId: 'dd' },
      { plan: 'thai-nguyen-128-kh-ubnd-2026-v', clauseId: '1-dd' },
      { plan: 'thai-nguyen-128-kh-ubnd', clauseId: '2026-v-1-dd' },
    ]);
    expect(rowLinkCandidates('nv-thai-nguyen-128-kh-ubnd-2026-pl-iv-4')[0]).toEqual({ plan: 'thai-nguyen-128-kh-ubnd-2026', clauseId: 'pl-iv-4' });
    // "vi" is a Roman numeral too, but "vi-ii-1" is no clause id.
    expect(rowLinkCandidates('nv-xa-vi-ii-1')).toEqual([
      { plan: 'xa-vi', clauseId: 'ii-1' },
      { plan: 'xa-vi-ii', clauseId: '1' },
    ]);
  });

  it('reads a clause’s second task ("-viec-<n>") as a row of that clause', () => {
    expect(rowLinkCandidates('nv-dong-thap-nq-14-nq-tu-2026-iii-6-2-1-viec-2')[0]).toEqual({ plan: 'dong-thap-nq-14-nq-tu-2026', clauseId: 'iii-6-2-1' });
    // "viec" is no part of the anchor grammar: no clause id can end that way.
    expect(isClauseId('iii-6-2-1-viec-2')).toBe(false);
  });

  it('has no candidate for what is not a row id', () => {
    expect(rowLinkCandidates('ii-2')).toEqual([]);
    expect(rowLinkCandidates('nv-')).toEqual([]);
    expect(rowLinkCandidates('nv-ii')).toEqual([]);
    expect(rowLinkCandidates('nv-ha-bac-ubnd')).toEqual([]);
  });

  /** Plans as files: each plan's row ids, and a count of the requests made. */
  const store = (plans: Record<string, string[]>) => {
    const asked: string[] = [];
    const planRows = async (slug: string) => {
      asked.push(slug);
      return plans[slug] ?? null;
    };
    return { asked, planRows };
  };

  it('finds the plan of every obligation of the five plans, with one request each', async () => {
    const files = Object.fromEntries(loadPlans().map((p) => [p.slug, (ANCHORS.get(p.slug) ?? []).map((id) => obligationRowId(p.slug, id))]));
    for (const [slug, rowIds] of Object.entries(files)) {
      for (const rowId of rowIds) {
        const { asked, planRows } = store(files);
        expect(await resolveRowLink(rowId, planRows)).toEqual({ kind: 'row', plan: slug });
        expect(asked).toEqual([slug]);
      }
    }
  });

  it('finds the plan of a clause’s second task with one request', async () => {
    const rowId = obligationRowId('dong-thap-nq-14-nq-tu-2026', 'iii-6-2-1', 2);
    const { asked, planRows } = store({ 'dong-thap-nq-14-nq-tu-2026': [obligationRowId('dong-thap-nq-14-nq-tu-2026', 'iii-6-2-1'), rowId] });
    expect(await resolveRowLink(rowId, planRows)).toEqual({ kind: 'row', plan: 'dong-thap-nq-14-nq-tu-2026' });
    expect(asked).toEqual(['dong-thap-nq-14-nq-tu-2026']);
  });

  it('goes on to the next split when a plan is missing or lacks the row', async () => {
    const { asked, planRows } = store({ 'xa-ii': ['nv-xa-ii-1'], xa: ['nv-xa-ii-2'] });
    expect(await resolveRowLink('nv-xa-ii-1', planRows)).toEqual({ kind: 'row', plan: 'xa-ii' });
    expect(asked).toEqual(['xa', 'xa-ii']);
  });

  it('names a plan that exists when the row is gone, and nothing when no plan does', async () => {
    const { planRows } = store({ 'ha-bac': ['nv-ha-bac-ii-2'] });
    expect(await resolveRowLink('nv-ha-bac-ii-9', planRows)).toEqual({ kind: 'plan', plan: 'ha-bac' });
    expect(await resolveRowLink('nv-khong-co-ii-2', planRows)).toEqual({ kind: 'none' });
    expect(await resolveRowLink('nv-ha-bac', planRows)).toEqual({ kind: 'none' });
  });
});
