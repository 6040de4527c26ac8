import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { z } from 'zod/mini'
import { isCurrencyCode } from '@/domain/currencies'
import { projectLifetime } from '@/domain/lifetime'
import {
  checkFigure,
  computeMargins,
  EXAMPLE_FIGURES,
  FIGURE_FIELDS,
  lifeInputOf,
  MARGIN_FIELDS,
  marginInputOf,
  type FigureKey,
  type FigureProblem,
  type Figures,
} from '@/domain/margins'
import { readNumber, rewriteNumber, type DecimalMark } from '@/domain/numberInput'
import type { AddedNotice } from '@/persistence/notices'
import { sharedStored, type StoredParser } from '@/persistence/sharedStored'

export const MARGINS_KEY = 'more-than-a-chip:margins'
/** Format 2 added the product's fixed cost and the four figures of the product's life. */
export const MARGINS_FORMAT = 2

/** Currencies offered; any ISO 4217 code Intl knows would work. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'CNY', 'INR', 'AUD', 'CAD'] as const

/** Every field as the person typed it. */
export type MarginFields = Record<FigureKey, string>

/**
 * Whether the results may show the person's figures: `not-filled` until they type in the
 * calculator, `incomplete` while a figure is missing or cannot be read (the results, findings and
 * links then leave the money out: the figures on hand would be older ones or the example's),
 * `complete` when every figure is theirs and valid.
 */
export type FiguresStatus = 'not-filled' | 'incomplete' | 'complete'

/** A field as read: its value, or why it cannot be used. */
export type FieldReading =
  | { value: number; ambiguous: boolean; problem?: undefined }
  | { value?: undefined; problem: FigureProblem | 'empty' }

/** Figures as a person with the `decimal` mark types them. */
function fieldsOf(figures: Figures, decimal: DecimalMark): MarginFields {
  return Object.fromEntries(FIGURE_FIELDS.map(({ key }) => [key, String(figures[key]).replace('.', decimal)])) as MarginFields
}

/** Fields typed with the `from` mark, as a person with the `to` mark would type them to mean the same. */
function rewriteFields(fields: MarginFields, from: DecimalMark, to: DecimalMark): MarginFields {
  return Object.fromEntries(FIGURE_FIELDS.map(({ key }) => [key, rewriteNumber(fields[key], from, to)])) as MarginFields
}

/** Reads one field's text, typed with the `decimal` mark, into a figure that satisfies its rules, or the reason it does not. */
export function readField(key: FigureKey, text: string, decimal: DecimalMark = '.'): FieldReading {
  const reading = readNumber(text, decimal)
  if (!reading.ok) return { problem: reading.problem }
  const problem = checkFigure(key, reading.value)
  return problem ? { problem } : { value: reading.value, ambiguous: reading.ambiguous }
}

const textFields = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<K, z.ZodMiniString>)

const envelope = <F extends z.ZodMiniType>(format: number, fields: F) =>
  z.object({
    format: z.literal(format),
    savedAt: z.string(),
    /** Counts every write, so that a tab never writes older figures over newer ones. */
    revision: z.optional(z.number()),
    fields,
    currency: z.string().check(z.refine(isCurrencyCode, 'the ISO 4217 code of a currency in use')),
    included: z.boolean(),
    /** The decimal mark the fields were typed with; none before there was a German page: ".". */
    decimal: z.optional(z.enum(['.', ','])),
  })

const envelopeSchema = envelope(MARGINS_FORMAT, textFields(FIGURE_FIELDS.map((f) => f.key)))
/** Format 1 had the eight one-year figures only. */
const envelopeV1Schema = envelope(1, textFields(MARGIN_FIELDS.map((f) => f.key)))

type StoredMargins = z.infer<typeof envelopeSchema> & { added?: true }

/**
 * The figures that format 1 gained when format 2 came: no product fixed cost, and the product's
 * life as the worked example had it then. Written out, not read from the example: the example
 * has changed since, and figures saved in format 1 keep loading exactly as they always did.
 */
const ADDED_IN_FORMAT_2 = {
  productFixedCostPerYear: '0',
  attachRatePct: '20',
  monthlyChurnPct: '1',
  deviceLifetimeYears: '12',
  horizonYears: '10',
} as const satisfies Record<Exclude<FigureKey, (typeof MARGIN_FIELDS)[number]['key']>, string>

/** Reads the stored figures; those of format 1 gain the new figures (see `ADDED_IN_FORMAT_2`). */
const parseMargins: StoredParser<StoredMargins> = (data) => {
  const parsed = envelopeSchema.safeParse(data)
  if (parsed.success) return parsed.data
  const old = envelopeV1Schema.safeParse(data)
  if (!old.success) return undefined
  return { ...old.data, format: MARGINS_FORMAT, fields: { ...ADDED_IN_FORMAT_2, ...old.data.fields }, added: true }
}

export const useMarginsStore = defineStore('margins', () => {
  const fields = ref<MarginFields>(fieldsOf(EXAMPLE_FIGURES, '.'))
  /**
   * The decimal mark the fields were typed with: stored with them, so that they keep their
   * meaning on a page in another language until the margins page rewrites them in its own.
   */
  const decimal = ref<DecimalMark>('.')
  const currency = ref('EUR')
  /** Whether the person has filled the calculator in, so that results show the margins. */
  const included = ref(false)

  const stored = sharedStored<StoredMargins, AddedNotice>(MARGINS_KEY, parseMargins, (value) => {
    fields.value = value.fields
    decimal.value = value.decimal ?? '.'
    currency.value = value.currency
    included.value = value.included
  })
  const { notice, blocked } = stored

  /** The figures as they are now, saved as revision `revision`. */
  const envelopeOf = (revision: number): StoredMargins => ({
    format: MARGINS_FORMAT,
    savedAt: new Date().toISOString(),
    revision,
    fields: fields.value,
    currency: currency.value,
    included: included.value,
    decimal: decimal.value,
  })

  if (stored.loaded.status === 'ok') {
    stored.take(stored.loaded.value)
    if (stored.loaded.value.added) {
      notice.value = { kind: 'added' }
      // Saved in the new format at once, so that the notice is given once.
      stored.write(envelopeOf)
    }
  }

  const readings = computed(
    () => Object.fromEntries(FIGURE_FIELDS.map(({ key }) => [key, readField(key, fields.value[key], decimal.value)])) as Record<
      FigureKey,
      FieldReading
    >,
  )
  /** The figures as typed, when every field is valid. */
  const currentFigures = computed<Figures | null>(() => {
    const values = {} as Figures
    for (const { key } of FIGURE_FIELDS) {
      const reading = readings.value[key]
      if (reading.value === undefined) return null
      values[key] = reading.value
    }
    return values
  })
  /** The last figures that were all valid: results stay on screen while a field is being fixed. */
  const figures = ref<Figures>(currentFigures.value ?? EXAMPLE_FIGURES)
  /**
   * Whether `figures` are the worked example standing in, because no complete set of the
   * person's own has been seen since the page opened (a figure saved invalid, then a reload).
   */
  const figuresAreExample = ref(currentFigures.value === null)
  watch(
    currentFigures,
    (value) => {
      if (!value) return
      figures.value = value
      figuresAreExample.value = false
    },
    { flush: 'sync' },
  )
  const input = computed(() => marginInputOf(figures.value))
  const life = computed(() => lifeInputOf(figures.value))
  const result = computed(() => computeMargins(input.value))
  const projection = computed(() => projectLifetime(input.value, life.value))
  const isValid = computed(() => currentFigures.value !== null)
  const figuresStatus = computed<FiguresStatus>(() => (!included.value ? 'not-filled' : isValid.value ? 'complete' : 'incomplete'))
  /** The figures as typed, as a file the person can keep when the browser will not save them. */
  const currentText = computed(() =>
    JSON.stringify(
      { format: MARGINS_FORMAT, fields: fields.value, currency: currency.value, included: included.value, decimal: decimal.value },
      null,
      2,
    ),
  )

  /** Applies one change on top of the newest stored figures, so that another tab's are not written over. */
  function change(apply: () => void) {
    stored.change(apply, envelopeOf)
  }

  function setField(key: FigureKey, text: string) {
    change(() => {
      fields.value = { ...fields.value, [key]: text }
      included.value = true
    })
  }

  /**
   * The decimal mark of the page the fields are typed on: every field is rewritten in it where
   * it would read differently ("1.500" typed in English becomes "1,5" in German), so that no
   * figure changes its meaning, the one being typed included.
   */
  function setDecimalMark(mark: DecimalMark) {
    if (mark === decimal.value) return
    change(() => {
      fields.value = rewriteFields(fields.value, decimal.value, mark)
      decimal.value = mark
    })
  }

  function setCurrency(code: string) {
    change(() => {
      currency.value = code
    })
  }

  function include(value: boolean) {
    change(() => {
      included.value = value
    })
  }

  /** Puts the worked example back in every field, and discards unreadable figures in their place (the view asks first). */
  function restoreExample() {
    stored.replace(() => {
      fields.value = fieldsOf(EXAMPLE_FIGURES, decimal.value)
    }, envelopeOf)
  }

  /** Replaces every figure with imported ones the person confirmed; unreadable figures in their place are discarded. False when not saved. */
  function replaceFigures(next: { fields: MarginFields; currency: string; included: boolean; decimal?: DecimalMark }): boolean {
    return stored.replace(() => {
      fields.value = { ...next.fields }
      decimal.value = next.decimal ?? '.'
      currency.value = isCurrencyCode(next.currency) ? next.currency : currency.value
      included.value = next.included
    }, envelopeOf)
  }

  function dismissNotice() {
    notice.value = null
  }

  return {
    fields,
    decimal,
    currency,
    included,
    notice,
    blocked,
    currentText,
    readings,
    figures,
    figuresAreExample,
    input,
    life,
    result,
    projection,
    isValid,
    figuresStatus,
    setField,
    setDecimalMark,
    setCurrency,
    include,
    restoreExample,
    replaceFigures,
    dismissNotice,
  }
})
