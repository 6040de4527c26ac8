import type { QuestionSet } from './questionSet'

// Released content: once a version is out, links depend on its question order. Set 3's words
// (questions, levels, first moves, essay passages) are in src/i18n/<language>/questions.v3.ts.
//
// Set 3 keeps a set-2 id only where the question still asks the same thing; `ladderSince` says
// which answers carry over (an id whose levels changed is answered again). Every step up names
// the role that moves first (`owners`, 1→2 … 4→5); its first move is with the words.
// Two kept ids change side with their new ladders: transformation-sell asks how the device itself
// is sold (product), integration-parts how long a device stays connected and updated (both).
// Neither carries answers over.

export const QUESTION_SET_V3 = {
  version: 3,
  bothSide: 'counts-for-neither',
  // A conscious decision first, then what customers already rely on, then running the two
  // together, then new offers.
  necessityOrder: ['decision', 'culture', 'methods', 'integration', 'transformation'],
  dimensions: [
    {
      id: 'culture',
      questions: [
        { id: 'culture-margin', side: 'product', essay: 'product-vs-service', ladderSince: 3, owners: ['finance-lead', 'finance-lead', 'finance-lead', 'sales-lead'] },
        { id: 'culture-durable', side: 'product', essay: 'long-form', ladderSince: 2, owners: ['engineering-lead', 'engineering-lead', 'operations-lead', 'service-lead'] },
        { id: 'culture-anytime', side: 'service', essay: 'long-form', ladderSince: 3, owners: ['service-lead', 'people-lead', 'service-lead', 'product-lead'] },
        { id: 'culture-satisfaction', side: 'service', essay: 'product-vs-service', ladderSince: 2, owners: ['support-lead', 'service-lead', 'support-lead', 'product-lead'] },
        { id: 'culture-capacity', side: 'service', essay: 'long-form', ladderSince: 3, owners: ['support-lead', 'service-lead', 'support-lead', 'operations-lead'] },
      ],
    },
    {
      id: 'methods',
      questions: [
        { id: 'methods-supply', side: 'product', essay: 'methods', ladderSince: 1, owners: ['operations-lead', 'operations-lead', 'finance-lead', 'service-lead'] },
        { id: 'methods-response', side: 'service', essay: 'methods', ladderSince: 3, owners: ['support-lead', 'service-lead', 'support-lead', 'sales-lead'] },
        { id: 'methods-resolution', side: 'service', essay: 'methods', ladderSince: 2, owners: ['support-lead', 'service-lead', 'software-lead', 'product-lead'] },
        { id: 'methods-interactive', side: 'service', essay: 'methods', ladderSince: 3, owners: ['software-lead', 'product-lead', 'software-lead', 'engineering-lead'] },
        { id: 'methods-fit', side: 'both', essay: 'methods', ladderSince: 3, owners: ['senior-sponsor', 'software-lead', 'service-lead', 'engineering-lead'] },
      ],
    },
    {
      id: 'transformation',
      questions: [
        { id: 'transformation-sell', side: 'product', essay: 'long-form', ladderSince: 3, owners: ['sales-lead', 'product-lead', 'sales-lead', 'product-lead'] },
        { id: 'transformation-payment', side: 'both', essay: 'long-form', ladderSince: 2, owners: ['finance-lead', 'senior-sponsor', 'service-lead', 'finance-lead'] },
        { id: 'transformation-convenience', side: 'service', essay: 'long-form', ladderSince: 2, owners: ['product-lead', 'service-lead', 'finance-lead', 'engineering-lead'] },
        { id: 'transformation-competitor', side: 'both', essay: 'long-form', ladderSince: 2, owners: ['sales-lead', 'product-lead', 'support-lead', 'senior-sponsor'] },
        { id: 'transformation-evolution', side: 'service', essay: 'both', ladderSince: 3, owners: ['product-lead', 'software-lead', 'product-lead', 'service-lead'] },
      ],
    },
    {
      id: 'decision',
      questions: [
        { id: 'decision-sponsor', side: 'both', essay: 'decision', ladderSince: 2, owners: ['service-lead', 'product-lead', 'senior-sponsor', 'senior-sponsor'] },
        { id: 'decision-staying-power', side: 'both', essay: 'long-form', ladderSince: 3, owners: ['service-lead', 'senior-sponsor', 'finance-lead', 'senior-sponsor'] },
        { id: 'decision-finance', side: 'both', essay: 'decision', ladderSince: 3, owners: ['finance-lead', 'finance-lead', 'service-lead', 'senior-sponsor'] },
        { id: 'decision-service-goals', side: 'service', essay: 'long-form', ladderSince: 3, owners: ['service-lead', 'people-lead', 'people-lead', 'product-lead'] },
        { id: 'decision-product-measures', side: 'product', essay: 'long-form', ladderSince: 3, owners: ['finance-lead', 'product-lead', 'finance-lead', 'support-lead'] },
      ],
    },
    {
      id: 'integration',
      questions: [
        { id: 'integration-ownership', side: 'both', essay: 'both', ladderSince: 1, owners: ['product-lead', 'senior-sponsor', 'finance-lead', 'senior-sponsor'] },
        { id: 'integration-first-use', side: 'both', essay: 'decision', ladderSince: 3, owners: ['support-lead', 'product-lead', 'software-lead', 'sales-lead'] },
        { id: 'integration-parts', side: 'both', essay: 'both', ladderSince: 3, owners: ['engineering-lead', 'product-lead', 'operations-lead', 'finance-lead'] },
        { id: 'integration-production', side: 'product', essay: 'both', ladderSince: 2, owners: ['operations-lead', 'engineering-lead', 'operations-lead', 'software-lead'] },
        { id: 'integration-development', side: 'product', essay: 'both', ladderSince: 3, owners: ['product-lead', 'engineering-lead', 'engineering-lead', 'service-lead'] },
      ],
    },
  ],
} as const satisfies QuestionSet
