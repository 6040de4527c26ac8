import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { MARGINS_KEY, useMarginsStore } from '@/stores/margins'
import { EXAMPLE_FIGURES, EXAMPLE_LIFE, EXAMPLE_MARGIN_INPUT, marginInputOf } from '@/domain/margins'

function freshStore() {
  setActivePinia(createPinia())
  return useMarginsStore()
}

describe('the margins store', () => {
  beforeEach(() => localStorage.clear())

  it('starts with the example, not yet included in results', () => {
    const store = freshStore()
    expect(store.input).toEqual(marginInputOf(EXAMPLE_FIGURES))
    expect(store.input.product.fixedCostPerYear).toBe(1_500_000)
    expect(store.life).toEqual(EXAMPLE_LIFE)
    expect(store.projection.servicePaysYear).toBe(6)
    expect(store.projection.servicePaysBackYear).toBeNull()
    expect(store.included).toBe(false)
  })

  it('keeps the last valid figures while a field is invalid', () => {
    const store = freshStore()
    store.setField('unitPrice', '3000')
    expect(store.input.product.unitPrice).toBe(3000)
    store.setField('unitPrice', '-1')
    expect(store.isValid).toBe(false)
    expect(store.readings.unitPrice).toEqual({ problem: 'negative' })
    expect(store.input.product.unitPrice).toBe(3000)
  })

  it('keeps every figure’s meaning when the page’s decimal mark changes, through a reload too', () => {
    const store = freshStore()
    store.setField('unitsPerYear', '1,500')
    store.setField('monthlyFee', '4.99')
    expect(store.input.product.unitsPerYear).toBe(1500)
    store.setDecimalMark(',')
    expect(store.fields.unitsPerYear).toBe('1500')
    expect(store.fields.monthlyFee).toBe('4.99')
    expect(store.input.product.unitsPerYear).toBe(1500)
    expect(store.input.service.monthlyFee).toBe(4.99)
    // Typed on the German page now: "1.500" is fifteen hundred, "2,5" two and a half.
    store.setField('unitsPerYear', '1.600')
    store.setField('monthlyFee', '2,5')
    const again = freshStore()
    expect(again.decimal).toBe(',')
    expect(again.input.product.unitsPerYear).toBe(1600)
    expect(again.input.service.monthlyFee).toBe(2.5)
  })

  it('saves what was typed, invalid text included, and restores it', () => {
    const store = freshStore()
    store.setField('subscribers', '12,5')
    store.setCurrency('CHF')
    const again = freshStore()
    expect(again.fields.subscribers).toBe('12,5')
    expect(again.currency).toBe('CHF')
    expect(again.included).toBe(true)
  })

  it('sets corrupt saved figures aside with a notice', () => {
    localStorage.setItem(MARGINS_KEY, '{"format":1,"fields":')
    const store = freshStore()
    expect(store.notice?.kind).toBe('set-aside')
    expect(store.input).toEqual(marginInputOf(EXAMPLE_FIGURES))
  })

  it('keeps figures saved before the product’s life was asked for, adds the new ones and says so', () => {
    const fields = { unitPrice: '1899', unitCost: '700', unitsPerYear: '5000', channelSharePct: '30', monthlyFee: '6', monthlyCostToServe: '2', subscribers: '900', fixedCostPerYear: '50000' }
    localStorage.setItem(MARGINS_KEY, JSON.stringify({ format: 1, savedAt: 'x', fields, currency: 'GBP', included: true }))
    const store = freshStore()
    expect(store.notice).toEqual({ kind: 'added' })
    expect(store.fields).toMatchObject(fields)
    // Left out, the product's fixed cost is 0; the life figures are the example's of that time,
    // written out: a newer example changes none of them.
    expect(store.input.product).toEqual({ unitPrice: 1899, unitCost: 700, unitsPerYear: 5000, channelSharePct: 30, fixedCostPerYear: 0 })
    expect(store.life).toEqual({ attachRatePct: 20, monthlyChurnPct: 1, deviceLifetimeYears: 12, horizonYears: 10 })
    expect(store.currency).toBe('GBP')
  })

  it('leaves saved figures as they were, the earlier example’s included; “Put the example figures back” brings the example of today', () => {
    const earlierExample = {
      unitPrice: '2490', unitCost: '1150', unitsPerYear: '12000', channelSharePct: '35',
      monthlyFee: '4.99', monthlyCostToServe: '3.04', subscribers: '6000', fixedCostPerYear: '180000',
      productFixedCostPerYear: '1500000', attachRatePct: '20', monthlyChurnPct: '1', deviceLifetimeYears: '12', horizonYears: '10',
    }
    localStorage.setItem(MARGINS_KEY, JSON.stringify({ format: 2, savedAt: 'x', revision: 3, fields: earlierExample, currency: 'EUR', included: false }))
    const store = freshStore()
    expect(store.fields).toEqual(earlierExample)
    expect(store.notice).toBeNull()
    expect(store.input.service.monthlyFee).toBe(4.99)
    store.restoreExample()
    expect(store.input).toEqual(marginInputOf(EXAMPLE_FIGURES))
    expect(store.fields).toMatchObject({ unitPrice: '2100', monthlyFee: '4.19', monthlyCostToServe: '1.53', fixedCostPerYear: '408400' })
  })

  it('keeps the last valid figures of the product’s life, and refuses a horizon of 0 years', () => {
    const store = freshStore()
    store.setField('horizonYears', '15')
    expect(store.projection.years).toHaveLength(15)
    store.setField('horizonYears', '0')
    expect(store.readings.horizonYears).toEqual({ problem: 'too-small' })
    expect(store.projection.years).toHaveLength(15)
    expect(EXAMPLE_MARGIN_INPUT.product.fixedCostPerYear).toBeUndefined()
  })

  it('tells the person when a figure cannot be saved, until a save succeeds', () => {
    const store = freshStore()
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      store.setField('unitPrice', '3000')
    } finally {
      refuse.mockRestore()
    }
    expect(store.notice).toEqual({ kind: 'not-saved' })
    expect(JSON.parse(store.currentText).fields.unitPrice).toBe('3000')
    store.setField('unitCost', '1000')
    expect(store.notice).toBeNull()
    expect(JSON.parse(localStorage.getItem(MARGINS_KEY)!).fields).toMatchObject({ unitPrice: '3000', unitCost: '1000' })
  })

  it('keeps the figures typed in two tabs', () => {
    const one = freshStore()
    const two = freshStore()
    one.setField('unitPrice', '3000')
    two.setField('subscribers', '9000')
    expect(JSON.parse(localStorage.getItem(MARGINS_KEY)!).fields).toMatchObject({ unitPrice: '3000', subscribers: '9000' })
    expect(two.input.product.unitPrice).toBe(3000)
  })

  it('offers unreadable figures that could not be copied aside for download, and saves nothing over them', () => {
    localStorage.setItem(MARGINS_KEY, '{"format":2,')
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    let store: ReturnType<typeof useMarginsStore>
    try {
      store = freshStore()
    } finally {
      refuse.mockRestore()
    }
    expect(store.notice).toEqual({ kind: 'unreadable', text: '{"format":2,' })
    store.setField('unitPrice', '1')
    expect(localStorage.getItem(MARGINS_KEY)).toBe('{"format":2,')
    store.restoreExample()
    expect(JSON.parse(localStorage.getItem(MARGINS_KEY)!).format).toBe(2)
  })

  it('calls the figures incomplete while one is invalid, after a reload and after an import, never complete with the example’s', () => {
    const store = freshStore()
    expect(store.figuresStatus).toBe('not-filled')
    store.setField('unitPrice', '5OO')
    expect(store.figuresStatus).toBe('incomplete')
    // A reload has no earlier valid figures on hand but the example's: still incomplete.
    const reloaded = freshStore()
    expect(reloaded.figuresStatus).toBe('incomplete')
    reloaded.setField('unitPrice', '500')
    expect(reloaded.figuresStatus).toBe('complete')
    expect(reloaded.input.product.unitPrice).toBe(500)
    reloaded.replaceFigures({ fields: { ...reloaded.fields, subscribers: 'abc' }, currency: 'EUR', included: true })
    expect(reloaded.figuresStatus).toBe('incomplete')
    reloaded.replaceFigures({ fields: { ...reloaded.fields, subscribers: '' }, currency: 'EUR', included: true })
    expect(reloaded.figuresStatus).toBe('incomplete')
  })

  it('counts the example as the person’s own only once they chose it', () => {
    const store = freshStore()
    store.restoreExample()
    expect(store.figuresStatus).toBe('not-filled')
    store.include(true)
    expect(store.figuresStatus).toBe('complete')
    expect(store.input).toEqual(marginInputOf(EXAMPLE_FIGURES))
  })
})

describe('the margins store, after a reload with a figure saved invalid', () => {
  it('says the results stand in with the worked example, not the person’s last figures, until the figure is fixed', () => {
    setActivePinia(createPinia())
    const first = useMarginsStore()
    first.setField('unitPrice', '5OO')
    setActivePinia(createPinia())
    const again = useMarginsStore()
    expect(again.isValid).toBe(false)
    expect(again.figuresAreExample).toBe(true)
    again.setField('unitPrice', '500')
    expect(again.figuresAreExample).toBe(false)
    expect(again.figures.unitPrice).toBe(500)
  })

  it('keeps the person’s last complete figures, not the example, while a field is being fixed', () => {
    setActivePinia(createPinia())
    const store = useMarginsStore()
    store.setField('unitPrice', '1999')
    store.setField('unitPrice', '19x9')
    expect(store.figuresAreExample).toBe(false)
    expect(store.figures.unitPrice).toBe(1999)
  })
})
