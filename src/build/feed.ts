/** The Atom feed of added and changed plans (/cap-nhat.xml), written with the `feed` package. */
import { FEED_PATH, planPath } from '../lib/core/paths';
import { Feed } from 'feed';
import { CHANGE_LABELS, changeKind, lastChange } from '../lib/changes';
import type { PlanData } from '../lib/plan-schema';
import { planCitation } from '../lib/plan-format';
import { STATUS_LABELS } from '../lib/plan-status';

export const FEED_TITLE = 'Kế hoạch cán bộ cấp xã: kế hoạch mới đăng, mới cập nhật';

type PlanEntry = { id: string; data: PlanData };

/** Titles and summaries are HTML in Atom (`type="html"`): text is escaped, not trusted as markup. */
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * `plans` are the entries, newest first (latestChanges). Each plan is one entry whose id is
 * its address, so a reader sees a change as the same entry updated. No date comes from the
 * clock: the feed's own date is its newest entry's, so two builds write the same bytes.
 */
export function changesFeed(site: string, plans: readonly PlanEntry[]): string {
  const home = new URL('/', site).href;
  const feed = new Feed({
    id: home,
    title: FEED_TITLE,
    description: 'Các kế hoạch phát triển cán bộ cấp xã và cán bộ người dân tộc thiểu số vừa được đăng hoặc sửa trên trang.',
    link: home,
    feed: new URL(FEED_PATH, site).href,
    language: 'vi',
    updated: lastChange(plans),
    generator: false,
    author: { name: 'Kế hoạch cán bộ cấp xã', link: home },
  });
  for (const { id, data } of plans) {
    const url = new URL(planPath(id), site).href;
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(`${CHANGE_LABELS[changeKind(data)]}: ${planCitation(data)}`),
      description: escapeHtml(`${data.title}. Tình trạng: ${STATUS_LABELS[data.status.kind]}.`),
      date: data.updated,
      published: data.added,
      author: [{ name: data.issuer }],
    });
  }
  return feed.atom1();
}
