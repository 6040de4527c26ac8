import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { z } from 'zod/mini'
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
import { readNumber } from '@/domain/numberInput'
import { loadStored, saveStored, type StoredParser } from './storage'

export const MARGINS_KEY = 'more-than-a-chip:margins'
/** Format 2 added the product's fixed cost and the four figures of the product's life. */
export const MARGINS_FORMAT = 2

/** Currencies offered; any ISO 4217 code Intl knows would work. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'CNY', 'INR', 'AUD', 'CAD'] as const

/** Every field as the person typed it. */
export type MarginFields = Record<FigureKey, string>

/** A field as read: its value, or why it cannot be used. */
export type FieldReading =
  | { value: number; ambiguous: boolean; problem?: undefined }
  | { value?: undefined; problem: FigureProblem | 'empty' }

function fieldsOf(figures: Figures): MarginFields {
  return Object.fromEntries(FIGURE_FIELDS.map(({ key }) => [key, String(figures[key])])) as MarginFields
}

/** Reads one field's text into a figure that satisfies its rules, or the reason it does not. */
export function readField(key: FigureKey, text: string): FieldReading {
  const reading = readNumber(text)
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
    fields,
    currency: z.string().check(z.refine((code) => /^[A-Z]{3}$/.test(code), 'an ISO 4217 currency code')),
    included: z.boolean(),
  })

const envelopeSchema = envelope(MARGINS_FORMAT, textFields(FIGURE_FIELDS.map((f) => f.key)))
/** Format 1 had the eight one-year figures only. */
const envelopeV1Schema = envelope(1, textFields(MARGIN_FIELDS.map((f) => f.key)))

type StoredMargins = z.infer<typeof envelopeSchema> & { added?: true }

/** Reads the stored figures; those of format 1 gain the new figures: no product fixed cost, the example's life. */
const parseMargins: StoredParser<StoredMargins> = (data) => {
  const parsed = envelopeSchema.safeParse(data)
  if (parsed.success) return parsed.data
  const old = envelopeV1Schema.safeParse(data)
  if (!old.success) return undefined
  const added = { ...fieldsOf(EXAMPLE_FIGURES), productFixedCostPerYear: '0' }
  return { ...old.data, format: MARGINS_FORMAT, fields: { ...added, ...old.data.fields }, added: true }
}

export const useMarginsStore = defineStore('margins', () => {
  const fields = ref<MarginFields>(fieldsOf(EXAMPLE_FIGURES))
  const currency = ref('EUR')
  /** Whether the person has filled the calculator in, so that results show the margins. */
  const included = ref(false)
  const notice = ref<{ kind: 'set-aside'; backupKey: string } | { kind: 'unreadable' } | { kind: 'added' } | null>(null)
  /** True while unreadable figures sit in their place: nothing is saved over them. */
  let blocked = false

  const loaded = loadStored(MARGINS_KEY, parseMargins)
  if (loaded.status === 'ok') {
    fields.value = loaded.value.fields
    currency.value = loaded.value.currency
    included.value = loaded.value.included
    if (loaded.value.added) notice.value = { kind: 'added' }
  } else if (loaded.status === 'set-aside') {
    notice.value = { kind: 'set-aside', backupKey: loaded.backupKey }
  } else if (loaded.status === 'unreadable') {
    notice.value = { kind: 'unreadable' }
    blocked = true
  }

  const readings = computed(
    () => Object.fromEntries(FIGURE_FIELDS.map(({ key }) => [key, readField(key, fields.value[key])])) as Record<
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
  watch(
    currentFigures,
    (value) => {
      if (value) figures.value = value
    },
    { flush: 'sync' },
  )
  const input = computed(() => marginInputOf(figures.value))
  const life = computed(() => lifeInputOf(figures.value))
  const result = computed(() => computeMargins(input.value))
  const projection = computed(() => projectLifetime(input.value, life.value))
  const isValid = computed(() => currentFigures.value !== null)

  function persist() {
    if (blocked) return
    saveStored(MARGINS_KEY, {
      format: MARGINS_FORMAT,
      savedAt: new Date().toISOString(),
      fields: fields.value,
      currency: currency.value,
      included: included.value,
    })
  }

  function setField(key: FigureKey, text: string) {
    fields.value = { ...fields.value, [key]: text }
    included.value = true
    persist()
  }

  function setCurrency(code: string) {
    currency.value = code
    persist()
  }

  function include(value: boolean) {
    included.value = value
    persist()
  }

  /** Puts the worked example back in every field. */
  function useExample() {
    fields.value = fieldsOf(EXAMPLE_FIGURES)
    // The person chose to replace what was there, unreadable figures included.
    blocked = false
    persist()
  }

  function dismissNotice() {
    notice.value = null
  }

  return {
    fields,
    currency,
    included,
    notice,
    readings,
    figures,
    input,
    life,
    result,
    projection,
    isValid,
    setField,
    setCurrency,
    include,
    useExample,
    dismissNotice,
  }
})
