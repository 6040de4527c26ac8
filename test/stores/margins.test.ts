import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { MARGINS_KEY, useMarginsStore } from '@/stores/margins'
import { EXAMPLE_MARGIN_INPUT } from '@/domain/margins'

function freshStore() {
  setActivePinia(createPinia())
  return useMarginsStore()
}

describe('the margins store', () => {
  beforeEach(() => localStorage.clear())

  it('starts with the example, not yet included in results', () => {
    const store = freshStore()
    expect(store.input).toEqual(EXAMPLE_MARGIN_INPUT)
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
    expect(store.input).toEqual(EXAMPLE_MARGIN_INPUT)
  })
})
