/** A commune for quota tests: 20 % DTTS population and 25 staff unless told otherwise. */
import type { CommuneInput } from '../../src/lib/quota/input';

export function commune(over: Partial<CommuneInput> & { dtts?: number; total?: number }): CommuneInput {
  const { dtts = 2000, total = 10000, ...rest } = over;
  return {
    code: 'X1',
    name: 'Xã Thử',
    share: { kind: 'counts', dtts, total },
    staffQuota: 25,
    dttsCadres: 0,
    dttsLeaders: null,
    dttsWomen: null,
    dttsWomenLeaders: null,
    dttsTrained: null,
    ...rest,
  };
}
