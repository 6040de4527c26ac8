import type { EssaySection, Level, Side } from '@/domain/questionSet'
import { plural } from './app'

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
  /** The names of the readiness levels, by level. */
  levels: {
    1: 'Absent',
    2: 'Ad hoc',
    3: 'Defined',
    4: 'Measured',
    5: 'Integrated',
  } satisfies Record<Level, string>,
  /** The essay's section headings, as the essay has them: where a question's passage comes from. */
  essaySections: {
    'long-form': 'On Digitalised Product Management',
    'product-vs-service': 'Product vs. Services Business',
    methods: 'Management Methods',
    transformation: 'Digitisation requires Digital Transformation',
    decision: 'Digital Transformation won’t happen without a conscious decision',
    both: 'Digitised Products need to consider both',
  } satisfies Record<EssaySection, string>,
  questionSet: {
    title: (current: number) => `A new question set is available: question set ${current}`,
    body: (version: number) =>
      `Your answers were given to question set ${version}, and your results are still scored by its rules, exactly as before. You can keep them as they are.`,
    whatChanged:
      'For every step up, the new question set says who moves first and gives them a first move they can put in the calendar this month. It asks about the first use of the product (installation, pairing, the app, the dealer’s handover) and how fast the app and the device respond, and its levels each build on the one before. Questions about how product and service are put together count towards their dimension’s score, but towards neither the product-side nor the service-side score.',
    keepLink: (version: number) => `Keep your result from question set ${version} as a link`,
    move: (current: number) => `Move my answers to question set ${current}`,
    confirm: (carried: number, answered: number, current: number) =>
      (carried === 0
        ? 'None of your answers carry over'
        : carried === answered
          ? 'All your answers carry over'
          : `${carried} of your ${plural(answered, { one: '# answer', other: '# answers' })} ${carried === 1 ? 'carries' : 'carry'} over`) +
      ` to question set ${current}: only those whose question and levels are unchanged. Questions that are new or reworded need answering again. A copy of your answers as they are now stays in this browser. Go on?`,
    yes: 'Yes, move my answers',
    no: 'Not now',
  },
  startOver: {
    button: 'Start over',
    confirm: (done: number, unreadable: boolean) =>
      (unreadable
        ? 'This discards the saved answers that could not be read (download a copy first if you want them)' +
          (done > 0 ? ` and clears your ${plural(done, { one: '# answer', other: '# answers' })} given since` : '') +
          '. It cannot be undone.'
        : `This clears your ${plural(done, { one: '# answer', other: '# answers' })} saved in this browser. It cannot be undone.`),
    yes: 'Yes, clear my answers',
    no: 'Keep my answers',
  },
}
