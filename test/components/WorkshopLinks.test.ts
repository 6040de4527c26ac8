import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import WorkshopLinks, { type WorkshopLine } from '@/components/WorkshopLinks.vue'

function mountLinks(props: Partial<InstanceType<typeof WorkshopLinks>['$props']> = {}) {
  return mount(WorkshopLinks, {
    props: { text: '', includeMine: false, lines: [], canIncludeMine: false, pasted: 0, linkRoom: 50, duplicates: 0, ...props },
  })
}

describe('WorkshopLinks', () => {
  it('hands back what is typed in the box and whether one’s own results are included', async () => {
    const wrapper = mountLinks({ canIncludeMine: true })
    await wrapper.get('[data-testid="compare-links"]').setValue('https://example.org/#/r/abc')
    await wrapper.get('#workshop-mine').setValue(true)
    expect(wrapper.emitted('update:text')).toEqual([['https://example.org/#/r/abc']])
    expect(wrapper.emitted('update:includeMine')).toEqual([[true]])
  })

  it('offers one’s own results only when there are answers', () => {
    expect(mountLinks().find('#workshop-mine').exists()).toBe(false)
  })

  it('says what each line was read as', () => {
    const lines: WorkshopLine[] = [
      { number: 1, ok: true, name: 'Bea' },
      { number: 3, ok: false, tone: 'error', message: 'Line 3: damaged.' },
    ]
    const items = mountLinks({ lines }).findAll('[data-testid="compare-lines"] li')
    expect(items.map((li) => [li.attributes('data-line'), li.classes(), li.text()])).toEqual([
      ['1', ['hint'], 'Line 1: Bea'],
      ['3', ['error'], 'Line 3: damaged.'],
    ])
  })

  it('says when a team link held repeats, and when lines were left out', () => {
    const wrapper = mountLinks({ duplicates: 2, pasted: 51, linkRoom: 49 })
    expect(wrapper.get('[data-testid="team-duplicates"]').text()).toContain('2 copies')
    expect(wrapper.get('.error').text()).toBe(
      'Only the first 49 links are shown: with your own results, that makes 50, the most one view takes.',
    )
    expect(mountLinks({ pasted: 50 }).find('[data-testid="team-duplicates"]').exists()).toBe(false)
    expect(mountLinks({ pasted: 50 }).find('.error').exists()).toBe(false)
  })
})
