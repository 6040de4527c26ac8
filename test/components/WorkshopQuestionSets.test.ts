import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import WorkshopQuestionSets from '@/components/WorkshopQuestionSets.vue'

const group = (version: number, current: boolean, names: string[]) => ({ version, current, names })

describe('WorkshopQuestionSets', () => {
  it('says who answered which question set', () => {
    const wrapper = mount(WorkshopQuestionSets, { props: { questionSets: [group(2, false, ['Ana']), group(3, true, ['Ben', 'Cem'])] } })
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['Question set 2 (older): Ana', 'Question set 3 (current): Ben, Cem'])
  })

  it('warns against comparing the sides only when a set scores them by another rule', () => {
    const later = mount(WorkshopQuestionSets, { props: { questionSets: [group(2, false, ['Ana']), group(3, true, ['Ben'])] } })
    expect(later.text()).not.toContain('Do not compare the product-side and service-side scores')
    const withFirst = mount(WorkshopQuestionSets, { props: { questionSets: [group(1, false, ['Ana']), group(3, true, ['Ben'])] } })
    expect(withFirst.text()).toContain('Do not compare the product-side and service-side scores')
  })
})
