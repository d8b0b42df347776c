/**
 * The quota calculator on the official's own files (configuration in quota-files-config.tsx):
 * the rule set is its one setting.
 */
import { useState } from 'preact/hooks';
import { QUOTA_RULE_SETS, type QuotaRuleSet, ruleSetById } from '../../lib/quota/rules';
import type { ChosenFiles, SheetChoices } from '../FileCalculator/config';
import { FileCalculator } from '../FileCalculator/FileCalculator';
import { QUOTA_FILES, type QuotaFileKey } from './quota-files-config';
import { RuleSetSelect } from './RuleSetSelect';
import type { QuotaRequest } from './quota-worker';

export default function QuotaFiles() {
  const [rules, setRules] = useState<QuotaRuleSet>(QUOTA_RULE_SETS[0]!);
  const job = ({ xa, ...companions }: ChosenFiles<QuotaFileKey>, sheets: SheetChoices<QuotaFileKey>) => ({
    request: { files: { xa: xa!, ...companions }, sheets, rulesId: rules.id } satisfies QuotaRequest,
    context: rules,
  });
  return (
    <FileCalculator
      config={QUOTA_FILES}
      job={job}
      before={<RuleSetSelect id="tep-quy-tac" rules={rules} onChange={(id) => setRules(ruleSetById(id))} />}
    />
  );
}
