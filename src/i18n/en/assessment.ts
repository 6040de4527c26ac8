import type { Level, Side } from '@/domain/questionSet'
import { LEVEL_NAMES } from '@/domain/scoring'

/** The words of the assessment. */
export const assessment = {
  assessment: {
    title: 'Assessment',
    progressLabel: 'Steps',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    // “Done” counts “don’t know” too: the results count only real answers (coverage).
    answeredOf: (done: number, total: number) => `${done} of ${total} done`,
    overall: (done: number, total: number) => `${done} of ${total} questions done (an answer or “don’t know”)`,
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
  // The English names are the domain's own (LEVEL_NAMES); another edition translates them here.
  levels: LEVEL_NAMES as Record<Level, string>,
}
