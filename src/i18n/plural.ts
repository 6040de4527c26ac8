/** The plural forms a language may have; every language has "other". */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const rules = new Map<string, Intl.PluralRules>()

/**
 * "1 answer", "3 answers": the form `Intl.PluralRules` picks for `count` in `locale`, with "#"
 * replaced by the count. A form the language lacks falls back to "other".
 */
export function pluralIn(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale)
  if (!rule) {
    rule = new Intl.PluralRules(locale)
    rules.set(locale, rule)
  }
  return (forms[rule.select(count)] ?? forms.other).replace('#', String(count))
}
