import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ResultsShare from '@/components/ResultsShare.vue'

const LINK = 'https://example.org/readiness/#/r/BFzxXIc69OhGHhkB'

function mountShare(props: Partial<InstanceType<typeof ResultsShare>['$props']> = {}) {
  return mount(ResultsShare, {
    props: {
      link: LINK,
      payloadLength: 16,
      answered: 25,
      marginsAvailable: false,
      labelValid: true,
      maxLabelLength: 60,
      includeMargins: false,
      label: '',
      ...props,
    },
  })
}

describe('ResultsShare', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('shows the whole link read-only and says what it contains', () => {
    const wrapper = mountShare()
    const field = wrapper.find('[data-testid="share-link"]')
    expect((field.element as HTMLInputElement).value).toBe(LINK)
    expect(field.attributes('readonly')).toBeDefined()
    expect(wrapper.text()).toContain('This link contains your answers to 25 questions')
    expect(wrapper.text()).toContain('16 characters')
    expect(wrapper.text()).not.toContain('margin figures and their currency')
  })

  it('confirms a copy visibly, and says so when copying is refused', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { clipboard: { writeText } })
    const wrapper = mountShare()
    await wrapper.find('[data-testid="copy-link"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(LINK)
    expect(wrapper.find('[role="status"]').text()).toBe('Link copied to the clipboard.')

    writeText.mockRejectedValue(new Error('denied'))
    await wrapper.find('[data-testid="copy-link"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toContain('select the link and copy it yourself')
  })

  it('offers the margins only when there are some, off by default', async () => {
    const without = mountShare()
    expect(without.find('#share-margins').attributes('disabled')).toBeDefined()
    const withMargins = mountShare({ marginsAvailable: true })
    const box = withMargins.find('#share-margins')
    expect(box.attributes('disabled')).toBeUndefined()
    expect((box.element as HTMLInputElement).checked).toBe(false)
    await box.setValue(true)
    expect(withMargins.emitted('update:includeMargins')).toEqual([[true]])
  })

  it('explains a label that is too long', () => {
    const wrapper = mountShare({ label: 'x'.repeat(61), labelValid: false })
    expect(wrapper.find('#share-label').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#share-label-hint').text()).toContain('at most 60 characters')
  })

  it('says why incomplete margin figures are left out of the link', () => {
    const wrapper = mountShare({ marginsAvailable: false, marginsIncomplete: true, includeMargins: true })
    expect((wrapper.find('#share-margins').element as HTMLInputElement).disabled).toBe(true)
    expect(wrapper.find('[data-testid="share-margins-unavailable"]').text()).toContain('A margin figure is missing or cannot be read')
    expect(wrapper.text()).not.toContain('margin figures and their currency')
  })
})
