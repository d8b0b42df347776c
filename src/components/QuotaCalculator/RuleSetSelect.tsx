/** Which plan's rules the calculator applies. */
import { QUOTA_RULE_SETS, type QuotaRuleSet } from '../../lib/quota/rules';

export function RuleSetSelect({ id, rules, onChange, label = 'Bộ quy tắc áp dụng' }: { id: string; rules: QuotaRuleSet; onChange: (id: string) => void; label?: string }) {
  return (
    <div class="tool__field">
      <label for={id}>{label}</label>
      <select id={id} name="quy-tac" value={rules.id} onChange={(e) => onChange(e.currentTarget.value)}>
        {QUOTA_RULE_SETS.map((r) => (
          <option value={r.id} key={r.id}>{r.name}</option>
        ))}
      </select>
    </div>
  );
}
