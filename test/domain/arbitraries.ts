import fc from 'fast-check'
import type { LifeInput } from '@/domain/lifetime'
import { FIGURE_FIELDS, type FigureKey, type MarginInput } from '@/domain/margins'

/** A valid figure for a field: a whole number of ten-thousandths (or whole, for counts) within the field's bounds. */
export function figureArb(key: FigureKey): fc.Arbitrary<number> {
  const field = FIGURE_FIELDS.find((f) => f.key === key)!
  if (field.kind === 'count') return fc.integer({ min: field.min, max: field.max })
  return fc
    .integer({ min: 0, max: 4 })
    .chain((places) =>
      fc.bigInt({ min: 0n, max: BigInt(field.max) * 10n ** BigInt(places) }).map((n) => Number(n) / 10 ** places),
    )
}

// Plain objects, so that decoded states compare equal to generated ones.
const plain = { noNullPrototype: true } as const

/** Any valid set of the margin figures, the product's fixed cost included (as the calculator gives them). */
export const marginInputArb: fc.Arbitrary<MarginInput> = fc.record(
  {
    product: fc.record(
      {
        unitPrice: figureArb('unitPrice'),
        unitCost: figureArb('unitCost'),
        unitsPerYear: figureArb('unitsPerYear'),
        channelSharePct: figureArb('channelSharePct'),
        fixedCostPerYear: figureArb('productFixedCostPerYear'),
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

/** Any valid set of the figures of the product's life. */
export const lifeInputArb: fc.Arbitrary<LifeInput> = fc.record(
  {
    attachRatePct: figureArb('attachRatePct'),
    monthlyChurnPct: figureArb('monthlyChurnPct'),
    deviceLifetimeYears: figureArb('deviceLifetimeYears'),
    horizonYears: figureArb('horizonYears'),
  },
  plain,
)
