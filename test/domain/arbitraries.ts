import fc from 'fast-check'
import { MARGIN_FIELDS, type MarginField, type MarginInput } from '@/domain/margins'

/** A valid figure for a field: a whole number of ten-thousandths (or whole, for counts) up to the field's max. */
export function figureArb(key: MarginField): fc.Arbitrary<number> {
  const field = MARGIN_FIELDS.find((f) => f.key === key)!
  if (field.kind === 'count') return fc.integer({ min: 0, max: field.max })
  return fc
    .integer({ min: 0, max: 4 })
    .chain((places) =>
      fc.bigInt({ min: 0n, max: BigInt(field.max) * 10n ** BigInt(places) }).map((n) => Number(n) / 10 ** places),
    )
}

// Plain objects, so that decoded states compare equal to generated ones.
const plain = { noNullPrototype: true } as const

/** Any valid set of the eight margin figures. */
export const marginInputArb: fc.Arbitrary<MarginInput> = fc.record(
  {
    product: fc.record(
      {
        unitPrice: figureArb('unitPrice'),
        unitCost: figureArb('unitCost'),
        unitsPerYear: figureArb('unitsPerYear'),
        channelSharePct: figureArb('channelSharePct'),
      },
      plain,
    ),
    service: fc.record(
      {
        monthlyFee: figureArb('monthlyFee'),
        monthlyCostToServe: figureArb('monthlyCostToServe'),
        subscribers: figureArb('subscribers'),
        fixedCostPerYear: figureArb('fixedCostPerYear'),
      },
      plain,
    ),
  },
  plain,
)
