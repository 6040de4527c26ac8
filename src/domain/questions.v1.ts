import type { QuestionSet } from './questionSet'

// Released content: once a version is out, links depend on its question order.
// Only ids, sides and rules here: the words of each question are in
// src/i18n/en/questions.v1.ts, keyed by id. Anything that changes the meaning of a level is a
// new version (see questionSets.ts).

export const QUESTION_SET_V1 = {
  version: 1,
  bothSide: 'counts-for-both',
  necessityOrder: ['decision', 'transformation', 'culture', 'integration', 'methods'],
  dimensions: [
    {
      id: 'culture',
      questions: [
        { id: 'culture-judged', side: 'service', essay: 'product-vs-service', ladderSince: 1 },
        { id: 'culture-solid', side: 'product', essay: 'long-form', ladderSince: 1 },
        { id: 'culture-anytime', side: 'service', essay: 'long-form', ladderSince: 1 },
        { id: 'culture-convenience', side: 'both', essay: 'long-form', ladderSince: 1 },
        { id: 'culture-understanding', side: 'both', essay: 'long-form', ladderSince: 1 },
      ],
    },
    {
      id: 'methods',
      questions: [
        { id: 'methods-supply', side: 'product', essay: 'methods', ladderSince: 1 },
        { id: 'methods-response', side: 'service', essay: 'methods', ladderSince: 1 },
        { id: 'methods-resolution', side: 'service', essay: 'methods', ladderSince: 1 },
        { id: 'methods-speed', side: 'service', essay: 'methods', ladderSince: 1 },
        { id: 'methods-fit', side: 'both', essay: 'methods', ladderSince: 1 },
      ],
    },
    {
      id: 'transformation',
      questions: [
        { id: 'transformation-offer', side: 'both', essay: 'transformation', ladderSince: 1 },
        { id: 'transformation-model', side: 'both', essay: 'transformation', ladderSince: 1 },
        { id: 'transformation-expectations', side: 'service', essay: 'decision', ladderSince: 1 },
        { id: 'transformation-channel', side: 'product', essay: 'product-vs-service', ladderSince: 1 },
        { id: 'transformation-home', side: 'both', essay: 'transformation', ladderSince: 1 },
      ],
    },
    {
      id: 'decision',
      questions: [
        { id: 'decision-sponsor', side: 'both', essay: 'decision', ladderSince: 1 },
        { id: 'decision-finance', side: 'both', essay: 'decision', ladderSince: 1 },
        { id: 'decision-service-goals', side: 'service', essay: 'long-form', ladderSince: 1 },
        { id: 'decision-product-goals', side: 'product', essay: 'long-form', ladderSince: 1 },
        { id: 'decision-staying-power', side: 'both', essay: 'decision', ladderSince: 1 },
      ],
    },
    {
      id: 'integration',
      questions: [
        { id: 'integration-ownership', side: 'both', essay: 'both', ladderSince: 1 },
        { id: 'integration-cycles', side: 'both', essay: 'both', ladderSince: 1 },
        { id: 'integration-operations', side: 'service', essay: 'both', ladderSince: 1 },
        { id: 'integration-parts', side: 'product', essay: 'both', ladderSince: 1 },
        { id: 'integration-evolution', side: 'service', essay: 'both', ladderSince: 1 },
      ],
    },
  ],
} as const satisfies QuestionSet
