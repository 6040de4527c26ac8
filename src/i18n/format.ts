import { app } from './en/app'

const locale = app.locale

const scoreFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
const pctFormat = new Intl.NumberFormat(locale, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  useGrouping: false,
})
const countFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 })
const plainCountFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: false })

/** A 0–100 score as shown: rounded to a whole number. */
export function formatScore(score: number): string {
  return scoreFormat.format(Math.round(score))
}

/** A percentage with one decimal, e.g. "12.3 %". No grouping, so it reads the same in any locale. */
export function formatPct(pct: number): string {
  // A tiny loss rounds to 0.0, not to "-0.0".
  return `${pctFormat.format(Math.abs(pct) < 0.05 ? 0 : pct)} %`
}

/** A figure as typed back to the person, e.g. "1,234.56". */
export function formatFigure(value: number): string {
  return countFormat.format(value)
}

/** A whole number without grouping, for counts that tests and people read alike. */
export function formatWhole(value: number): string {
  return plainCountFormat.format(value)
}

const moneyFormats = new Map<string, Intl.NumberFormat>()

/**
 * An amount in the chosen currency: whole units from 100 up ("€1,234,567"), cents below ("€4.99").
 * Without a currency (links made before links carried one), the plain number.
 */
export function formatMoney(value: number, currency: string | null): string {
  const digits = Math.abs(value) >= 100 ? 0 : 2
  // What rounds to nothing is shown as 0, never as "-€0.00".
  if (Math.abs(value) < 0.005) value = 0
  if (currency === null) return countFormat.format(Math.round(value * 100) / 100)
  const key = `${currency}:${digits}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    moneyFormats.set(key, format)
  }
  return format.format(value)
}

/** An amount on a chart's axis, short: "€4M", "€250K", "-€20K". */
export function formatMoneyCompact(value: number, currency: string | null): string {
  const key = `${currency}:compact`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
      ...(currency === null ? {} : { style: 'currency', currency }),
    })
    moneyFormats.set(key, format)
  }
  return format.format(value)
}

/** A moment, as in "26 Nov 2026, 15:09". */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
}

/** The formatters findings need. */
export const findingFormat = { score: formatScore, pct: formatPct, whole: formatWhole }
