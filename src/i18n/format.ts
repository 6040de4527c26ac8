import type { DecimalMark } from '@/domain/numberInput'
import { language } from './language'

// Every format reads the page's language when it runs, so that what shows a number shows it anew
// when the language changes: "1,234.5" in English, "1.234,5" in German.
const formats = new Map<string, Intl.NumberFormat>()
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = language.value
  let format = formats.get(`${locale}:${key}`)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    formats.set(`${locale}:${key}`, format)
  }
  return format
}

const scoreFormat = () => numberFormat('score', { maximumFractionDigits: 0 })
const pctFormat = () => numberFormat('pct', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })
const countFormat = () => numberFormat('count', { maximumFractionDigits: 4 })
const plainCountFormat = () => numberFormat('plainCount', { maximumFractionDigits: 0, useGrouping: false })

/** A 0–100 score as shown: rounded to a whole number. */
export function formatScore(score: number): string {
  return scoreFormat().format(Math.round(score))
}

/** A percentage with one decimal, e.g. "12.3 %" ("12,3 %" in German). No grouping. */
export function formatPct(pct: number): string {
  // A tiny loss rounds to 0.0, not to "-0.0".
  return `${pctFormat().format(Math.abs(pct) < 0.05 ? 0 : pct)} %`
}

/** A figure as typed back to the person, e.g. "1,234.56" ("1.234,56" in German). */
export function formatFigure(value: number): string {
  return countFormat().format(value)
}

/** A whole number without grouping, for counts that tests and people read alike. */
export function formatWhole(value: number): string {
  return plainCountFormat().format(value)
}

/**
 * An amount in the chosen currency: whole units from 100 up ("€1,234,567", "1.234.567 €"), cents
 * below ("€4.99"). Without a currency (links made before links carried one), the plain number.
 */
export function formatMoney(value: number, currency: string | null): string {
  const digits = Math.abs(value) >= 100 ? 0 : 2
  // What rounds to nothing is shown as 0, never as "-€0.00".
  if (Math.abs(value) < 0.005) value = 0
  if (currency === null) return countFormat().format(Math.round(value * 100) / 100)
  return numberFormat(`${currency}:${digits}`, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/** An amount in whole units, as a person writes an assumption down: "€12", "12 €". */
export function formatWholeMoney(value: number, currency: string): string {
  return numberFormat(`${currency}:whole`, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value)
}

/** An amount on a chart's axis, short: "€4M", "€250K", "-€20K" ("4 Mio. €" in German). */
export function formatMoneyCompact(value: number, currency: string | null): string {
  return numberFormat(`${currency}:compact`, {
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
    // German has no short form below a million: "250.000 €", not "250.000,0 €".
    trailingZeroDisplay: 'stripIfInteger',
    ...(currency === null ? {} : { style: 'currency', currency }),
  } as Intl.NumberFormatOptions).format(value)
}

/** A moment, as in "26 Nov 2026, 15:09" ("26.11.2026, 15:09" in German). */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(language.value, { dateStyle: 'medium', timeStyle: 'short' })
}

/** The decimal mark of the page's language, with which a person types a number: "." or ",". */
export function decimalMark(): DecimalMark {
  return countFormat().formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.'
}

/** The formatters findings need. */
export const findingFormat = { score: formatScore, pct: formatPct, whole: formatWhole }
