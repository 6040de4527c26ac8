import type { QuestionSet } from './questionSet'

// Released content: once a version is out, links depend on its question order.
// Only ids, sides and rules here: the words of each question are in
// src/i18n/en/questions.v2.ts, keyed by id. Anything that changes the meaning of a level is a
// new version (see questionSets.ts).
//
// Set 2 keeps a set-1 id only for a question on the same side and in the same dimension.
// `ladderSince: 1` marks those whose five levels are set 1’s word for word, so that an answer
// given to set 1 means the same here and carries over (see carriedOverAnswers).

export const QUESTION_SET_V2 = {
  version: 2,
  bothSide: 'counts-for-neither',
  necessityOrder: ['decision', 'transformation', 'culture', 'integration', 'methods'],
  dimensions: [
    {
      id: 'culture',
      questions: [
        { id: 'culture-margin', side: 'product', essay: 'product-vs-service', ladderSince: 2 },
        { id: 'culture-durable', side: 'product', essay: 'long-form', ladderSince: 2 },
        { id: 'culture-anytime', side: 'service', essay: 'long-form', ladderSince: 2 },
        { id: 'culture-satisfaction', side: 'service', essay: 'product-vs-service', ladderSince: 2 },
        { id: 'culture-capacity', side: 'service', essay: 'long-form', ladderSince: 2 },
      ],
    },
    {
      id: 'methods',
      questions: [
        { id: 'methods-supply', side: 'product', essay: 'methods', ladderSince: 1 },
        { id: 'methods-development', side: 'product', essay: 'both', ladderSince: 2 },
        { id: 'methods-response', side: 'service', essay: 'methods', ladderSince: 2 },
        { id: 'methods-resolution', side: 'service', essay: 'methods', ladderSince: 2 },
        { id: 'methods-fit', side: 'both', essay: 'methods', ladderSince: 2 },
      ],
    },
    {
      id: 'transformation',
      questions: [
        { id: 'transformation-sell', side: 'both', essay: 'long-form', ladderSince: 2 },
        { id: 'transformation-payment', side: 'both', essay: 'long-form', ladderSince: 2 },
        { id: 'transformation-convenience', side: 'service', essay: 'long-form', ladderSince: 2 },
        { id: 'transformation-competitor', side: 'both', essay: 'long-form', ladderSince: 2 },
        { id: 'transformation-dealers', side: 'both', essay: 'transformation', ladderSince: 2 },
      ],
    },
    {
      id: 'decision',
      questions: [
        { id: 'decision-sponsor', side: 'both', essay: 'decision', ladderSince: 2 },
        { id: 'decision-staying-power', side: 'both', essay: 'decision', ladderSince: 2 },
        { id: 'decision-finance', side: 'both', essay: 'decision', ladderSince: 1 },
        { id: 'decision-service-goals', side: 'service', essay: 'long-form', ladderSince: 2 },
        { id: 'decision-product-measures', side: 'product', essay: 'long-form', ladderSince: 2 },
      ],
    },
    {
      id: 'integration',
      questions: [
        { id: 'integration-ownership', side: 'both', essay: 'both', ladderSince: 1 },
        { id: 'integration-cycles', side: 'both', essay: 'both', ladderSince: 1 },
        { id: 'integration-parts', side: 'product', essay: 'both', ladderSince: 2 },
        { id: 'integration-production', side: 'product', essay: 'both', ladderSince: 2 },
        { id: 'integration-evolution', side: 'service', essay: 'both', ladderSince: 2 },
      ],
    },
  ],
} as const satisfies QuestionSet
