import type { Level, Side } from '@/domain/questionSet'

/** The words of the assessment. */
export const assessment = {
  assessment: {
    title: 'Assessment',
    progressLabel: 'Steps',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    answeredOf: (answered: number, total: number) => `${answered} of ${total} answered`,
    overall: (answered: number, total: number) => `${answered} of ${total} questions answered`,
    back: 'Back',
    next: 'Next',
    toResults: 'See my results',
    saved: 'Saved on this device',
    dontKnow: 'Don’t know / not applicable',
    whyWeAsk: 'Why we ask',
    essaySays: (section: string) => `The essay, “${section}”:`,
    question: (n: number) => `Question ${n}`,
  },
  sides: {
    product: 'Product side',
    service: 'Service side',
    both: 'Product and service',
  } satisfies Record<Side, string>,
  levels: {
    1: 'Absent',
    2: 'Ad hoc',
    3: 'Defined',
    4: 'Measured',
    5: 'Integrated',
  } satisfies Record<Level, string>,
}
