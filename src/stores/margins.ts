import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { z } from 'zod/mini'
import {
  checkFigure,
  computeMargins,
  EXAMPLE_MARGIN_INPUT,
  MARGIN_FIELDS,
  type FigureProblem,
  type MarginField,
  type MarginInput,
} from '@/domain/margins'
import { readNumber } from '@/domain/numberInput'
import { loadStored, saveStored, type StoredParser } from './storage'

export const MARGINS_KEY = 'more-than-a-chip:margins'
export const MARGINS_FORMAT = 1

/** Currencies offered; any ISO 4217 code Intl knows would work. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'CNY', 'INR', 'AUD', 'CAD'] as const

export type MarginFields = Record<MarginField, string>

/** A field as read: its value, or why it cannot be used. */
export type FieldReading =
  | { value: number; ambiguous: boolean; problem?: undefined }
  | { value?: undefined; problem: FigureProblem | 'empty' }

function fieldsOf(input: MarginInput): MarginFields {
  return Object.fromEntries(
    MARGIN_FIELDS.map(({ side, key }) => [key, String((input[side] as unknown as Record<string, number>)[key])]),
  ) as MarginFields
}

function inputOf(values: Record<MarginField, number>): MarginInput {
  return {
    product: {
      unitPrice: values.unitPrice,
      unitCost: values.unitCost,
      unitsPerYear: values.unitsPerYear,
      channelSharePct: values.channelSharePct,
    },
    service: {
      monthlyFee: values.monthlyFee,
      monthlyCostToServe: values.monthlyCostToServe,
      subscribers: values.subscribers,
      fixedCostPerYear: values.fixedCostPerYear,
    },
  }
}

/** Reads one field's text into a figure that satisfies its rules, or the reason it does not. */
export function readField(key: MarginField, text: string): FieldReading {
  const reading = readNumber(text)
  if (!reading.ok) return { problem: reading.problem }
  const problem = checkFigure(key, reading.value)
  return problem ? { problem } : { value: reading.value, ambiguous: reading.ambiguous }
}

const envelopeSchema = z.object({
  format: z.literal(MARGINS_FORMAT),
  savedAt: z.string(),
  fields: z.object(
    Object.fromEntries(MARGIN_FIELDS.map(({ key }) => [key, z.string()])) as Record<
      MarginField,
      z.ZodMiniString
    >,
  ),
  currency: z.string().check(z.refine((code) => /^[A-Z]{3}$/.test(code), 'an ISO 4217 currency code')),
  included: z.boolean(),
})

type StoredMargins = z.infer<typeof envelopeSchema>

const parseMargins: StoredParser<StoredMargins> = (data) => {
  const parsed = envelopeSchema.safeParse(data)
  return parsed.success ? parsed.data : undefined
}

export const useMarginsStore = defineStore('margins', () => {
  const fields = ref<MarginFields>(fieldsOf(EXAMPLE_MARGIN_INPUT))
  const currency = ref('EUR')
  /** Whether the person has filled the calculator in, so that results show the margins. */
  const included = ref(false)
  const notice = ref<{ kind: 'set-aside'; backupKey: string } | { kind: 'unreadable' } | null>(null)
  /** True while unreadable figures sit in their place: nothing is saved over them. */
  let blocked = false

  const loaded = loadStored(MARGINS_KEY, parseMargins)
  if (loaded.status === 'ok') {
    fields.value = loaded.value.fields
    currency.value = loaded.value.currency
    included.value = loaded.value.included
  } else if (loaded.status === 'set-aside') {
    notice.value = { kind: 'set-aside', backupKey: loaded.backupKey }
  } else if (loaded.status === 'unreadable') {
    notice.value = { kind: 'unreadable' }
    blocked = true
  }

  const readings = computed(
    () => Object.fromEntries(MARGIN_FIELDS.map(({ key }) => [key, readField(key, fields.value[key])])) as Record<
      MarginField,
      FieldReading
    >,
  )
  /** The figures as typed, when every field is valid. */
  const currentInput = computed<MarginInput | null>(() => {
    const values = {} as Record<MarginField, number>
    for (const { key } of MARGIN_FIELDS) {
      const reading = readings.value[key]
      if (reading.value === undefined) return null
      values[key] = reading.value
    }
    return inputOf(values)
  })
  /** The last figures that were all valid: results stay on screen while a field is being fixed. */
  const input = ref<MarginInput>(currentInput.value ?? EXAMPLE_MARGIN_INPUT)
  watch(
    currentInput,
    (value) => {
      if (value) input.value = value
    },
    { flush: 'sync' },
  )
  const result = computed(() => computeMargins(input.value))
  const isValid = computed(() => currentInput.value !== null)

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

  function setField(key: MarginField, text: string) {
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
    fields.value = fieldsOf(EXAMPLE_MARGIN_INPUT)
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
    input,
    result,
    isValid,
    setField,
    setCurrency,
    include,
    useExample,
    dismissNotice,
  }
})
