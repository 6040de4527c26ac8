import type { DimensionId } from './questionSet'

/** What a dimension is about; shared by every question set version. */
export interface DimensionInfo {
  id: DimensionId
  title: string
  /** The essay's point, as the essay words it. */
  point: string
  /** What the dimension asks about, in a sentence. */
  summary: string
}

/** The essay's five points, in the order the assessment walks through them. */
export const DIMENSIONS: readonly DimensionInfo[] = [
  {
    id: 'culture',
    title: 'Culture',
    point: 'Product and Service Business are different cultures.',
    summary:
      'Whether the company sees that things live off margins and services off customer satisfaction, and acts on it.',
  },
  {
    id: 'methods',
    title: 'Methods',
    point: 'Both have established methods.',
    summary:
      'Whether things are run by stock and supply chain, and services by response and resolution times, each by its own method.',
  },
  {
    id: 'transformation',
    title: 'Transformation',
    point: 'Digitisation requires Digital Transformation.',
    summary:
      'Whether the connected product is more than “a chip in it”: product and service combined into one offer and one business model.',
  },
  {
    id: 'decision',
    title: 'Decision',
    point: 'Digital Transformation won’t happen without a conscious decision.',
    summary:
      'Whether someone senior has decided, carries the decision, and sets financial goals and measures that let a thin-margin service live.',
  },
  {
    id: 'integration',
    title: 'Integration',
    point: 'Digitised Products need to consider both.',
    summary:
      'Whether one product management runs the tangible and the service parts together: long development cycles and supply chain beside a service that is operated and evolves.',
  },
]

/** The dimension with this id. */
export function dimensionInfo(id: DimensionId): DimensionInfo {
  return DIMENSIONS.find((d) => d.id === id)!
}
