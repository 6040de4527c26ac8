import type { DimensionId } from '@/domain/questionSet'

/** The words of one dimension (one of the essay's five points). */
export interface DimensionWords {
  title: string
  /** The essay's point, as the essay words it: in the essay's English in every language. */
  point: string
  /** The point in the reader's language, shown beside it; none where that is English. */
  pointRendering?: string
  /** What the dimension asks about, in a sentence. */
  summary: string
}

/** The five dimensions, shared by every question set, in the assessment's order (the start page lists them so). */
const byDimension: Record<DimensionId, DimensionWords> = {
  culture: {
    title: 'Culture',
    point: 'Product and Service Business are different cultures.',
    summary:
      'Whether the company sees that things live off margins and services off customer satisfaction, and acts on it.',
  },
  methods: {
    title: 'Methods',
    point: 'Both have established methods.',
    summary:
      'Whether things are run by stock and supply chain, and services by response and resolution times, each by its own method.',
  },
  transformation: {
    title: 'Transformation',
    point: 'Digitisation requires Digital Transformation.',
    summary:
      'Whether the connected product is more than “a chip in it”: product and service combined into one offer and one business model.',
  },
  decision: {
    title: 'Decision',
    point: 'Digital Transformation won’t happen without a conscious decision.',
    summary:
      'Whether someone senior has decided, carries the decision, and sets financial goals and measures that let a thin-margin service live.',
  },
  integration: {
    title: 'Integration',
    point: 'Digitised Products need to consider both.',
    summary:
      'Whether one product management runs the tangible and the service parts together: long development cycles and supply chain beside a service that is operated and evolves.',
  },
}

export const dimensions = { dimensions: byDimension }
