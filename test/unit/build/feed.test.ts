/** The Atom feed of added and changed plans (/cap-nhat.xml). */
import { describe, expect, it } from 'vitest';
import { changesFeed } from '../../../src/build/feed';
import { planSchema } from '../../../src/lib/plan-schema';
import { valid } from '../../support/plan-fixture';

const base = planSchema.parse(valid);
const plan = (id: string, added: string, updated: string) => ({ id, data: { ...base, added: new Date(added), updated: new Date(updated) } });

describe('changesFeed', () => {
  const feed = changesFeed('https://example.vn', [plan('tn', '2026-11-01', '2026-11-22'), plan('hp', '2026-11-05', '2026-11-05')]);

  it('is Atom with one entry per plan, its address as id, added and changed dates', () => {
    expect(feed).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    expect(feed).toContain('<updated>2026-11-22T00:00:00.000Z</updated>');
    expect(feed).toContain('<link rel="self" href="https://example.vn/cap-nhat.xml"/>');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain('<id>https://example.vn/ke-hoach/tn/</id>');
    expect(feed).toContain('<published>2026-11-01T00:00:00.000Z</published>');
    expect(feed).toContain('Cập nhật: Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên');
    expect(feed).toContain('Đăng mới: Kế hoạch số 128/KH-UBND');
    expect(feed).not.toContain('<generator>');
  });

  it('escapes text as the HTML Atom says it carries', () => {
    const odd = { id: 'x', data: { ...base, title: 'Kế hoạch <b>A</b> & B của xã' } };
    expect(changesFeed('https://example.vn', [odd])).toContain('Kế hoạch &lt;b&gt;A&lt;/b&gt; &amp; B của xã');
  });
});
