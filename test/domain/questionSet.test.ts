import { describe, expect, it } from 'vitest'
import {
  allQuestions,
  carriedOverAnswers,
  countsForSide,
  DIMENSION_IDS,
  ESSAY_SECTIONS,
  ROLE_IDS,
  SIDES,
  type Question,
} from '@/domain/questionSet'
import { questionSetSchema } from '@/domain/questionSetSchema'
import { CURRENT_QUESTION_SET, QUESTION_SETS, questionSetByVersion } from '@/domain/questionSets'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { stepAdvice, t, wordsOf } from '@/i18n/results'
import essayText from './fixtures/essay.txt?raw'

// The two parts of the essay the product comes from ("On Digitalised Product Management"),
// copied from the team's seed material so the test needs nothing outside the repository.
const essay = essayText

/** Curly quotes become straight, runs of whitespace one space, case is ignored. */
function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * A quote's parts: "…" splits a quote into passages that must each occur. A part's closing
 * full stop may stand where the essay's sentence goes on (the usual way to end a quotation).
 */
function quoteParts(quote: string): string[] {
  return quote
    .split('…')
    .map((part) => normalise(part).replace(/[.,;:]$/, ''))
    .filter((part) => part.length > 0)
}

const HEADINGS = [
  'On Digitalised Product Management',
  'Product vs. Services Business',
  'Management Methods',
  'Digitisation requires Digital Transformation',
  'Digital Transformation won’t happen without a conscious decision',
  'Digitised Products need to consider both',
]

/** The text under each occurrence of a heading, up to the next heading. */
function sectionBodies(heading: string): string[] {
  // The essay has a no-break space in one heading, so headings are compared normalised.
  const lines = essay.split('\n').map(normalise)
  const headings = HEADINGS.map(normalise)
  const bodies: string[] = []
  lines.forEach((line, i) => {
    if (line !== normalise(heading)) return
    const end = lines.findIndex((next, j) => j > i && headings.includes(next))
    bodies.push(normalise(lines.slice(i + 1, end < 0 ? undefined : end).join(' ')))
  })
  return bodies
}

const SETS = [QUESTION_SET_V1, QUESTION_SET_V2, QUESTION_SET_V3]

describe('the question sets', () => {
  it('set 3 is the current set; sets 1 and 2 stay registered for their links', () => {
    expect(CURRENT_QUESTION_SET).toBe(QUESTION_SET_V3)
    expect(CURRENT_QUESTION_SET).toBe(QUESTION_SETS[CURRENT_QUESTION_SET.version])
    expect(questionSetByVersion(1)).toBe(QUESTION_SET_V1)
    expect(questionSetByVersion(2)).toBe(QUESTION_SET_V2)
    expect(questionSetByVersion(0)).toBeUndefined()
    expect(questionSetByVersion(3)).toBe(QUESTION_SET_V3)
    expect(questionSetByVersion(4)).toBeUndefined()
  })

  it('every registered set is filed under its own version and passes the schema', () => {
    for (const [version, set] of Object.entries(QUESTION_SETS)) {
      expect(set.version).toBe(Number(version))
      expect(questionSetSchema.safeParse(set).error?.issues ?? []).toEqual([])
    }
  })

  it('has the five dimensions in the essay’s order', () => {
    expect(DIMENSION_IDS).toEqual(['culture', 'methods', 'transformation', 'decision', 'integration'])
    for (const set of SETS) expect(set.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS])
  })

  it.each(DIMENSION_IDS.map((id) => [id, t.dimensions[id].point] as const))('the %s point is worded as in the essay', (_id, point) => {
    expect(normalise(essay)).toContain(normalise(point))
  })

  it('names each essay section by the essay’s own heading', () => {
    expect(ESSAY_SECTIONS.map((section) => t.essaySections[section])).toEqual(HEADINGS)
  })
})

describe.each(SETS.map((set) => [set.version, set] as const))('question set %i', (_version, set) => {
  const questions = allQuestions(set)
  const questionRows = questions.map((q) => [q.id, q, wordsOf(set, q.id)] as const)
  const levelRows = questions.flatMap((q) => wordsOf(set, q.id).levels.map((text, i) => [q.id, i + 1, text] as const))

  it('has 25 questions, five a dimension, with unique ids', () => {
    for (const dimension of set.dimensions) expect(dimension.questions).toHaveLength(5)
    expect(questions).toHaveLength(25)
    expect(new Set(questions.map((q) => q.id)).size).toBe(25)
  })

  it('names each question after its dimension', () => {
    for (const dimension of set.dimensions) {
      for (const question of dimension.questions) expect(question.id.startsWith(`${dimension.id}-`)).toBe(true)
    }
  })

  it.each(questionRows)('%s is tagged with a valid side, asks a question and has five distinct levels', (_id, q, words) => {
    expect(SIDES).toContain(q.side)
    expect(words.text.trim().endsWith('?')).toBe(true)
    expect(words.levels).toHaveLength(5)
    expect(new Set(words.levels).size).toBe(5)
  })

  it.each(levelRows)('%s level %i has 8–25 words and does not praise', (_id, _level, text) => {
    const words = text.trim().split(/\s+/)
    expect(words.length).toBeGreaterThanOrEqual(8)
    expect(words.length).toBeLessThanOrEqual(25)
    expect(text).not.toMatch(/\b(excellent|world-class|best|outstanding|leading)\b/i)
  })

  it.each(questionRows)('%s cites a passage that is in the essay, under the section it names', (_id, q, words) => {
    const parts = quoteParts(words.quote)
    expect(parts.length).toBeGreaterThan(0)
    const section = t.essaySections[q.essay]
    const bodies = sectionBodies(section)
    expect(bodies.length, `section “${section}” is a heading of the essay`).toBeGreaterThan(0)
    for (const part of parts) {
      expect(normalise(essay)).toContain(part)
      expect(bodies.some((body) => body.includes(part)), `“${part}” is under “${section}”`).toBe(true)
    }
  })
})

describe('question set 1', () => {
  it('scores questions about both for both sides, and has one advice text a question', () => {
    expect(QUESTION_SET_V1.bothSide).toBe('counts-for-both')
    for (const q of allQuestions(QUESTION_SET_V1)) {
      const words = wordsOf(QUESTION_SET_V1, q.id)
      expect(typeof words.advice).toBe('string')
      expect(stepAdvice(words, 1)).toBe(stepAdvice(words, 4))
    }
  })

  it.each(QUESTION_SET_V1.dimensions.map((d) => [d.id, d.questions] as const))(
    '%s has explicit questions for each side',
    (_id, dimensionQuestions: readonly Question[]) => {
      expect(dimensionQuestions.some((q) => countsForSide(QUESTION_SET_V1, q, 'product'))).toBe(true)
      expect(dimensionQuestions.some((q) => q.side === 'product')).toBe(true)
      expect(dimensionQuestions.some((q) => q.side === 'service')).toBe(true)
    },
  )
})

describe('question set 2', () => {
  const questions = allQuestions(QUESTION_SET_V2)

  it('counts questions about both for neither side', () => {
    expect(QUESTION_SET_V2.bothSide).toBe('counts-for-neither')
    const both = questions.find((q) => q.side === 'both')!
    expect(countsForSide(QUESTION_SET_V2, both, 'product')).toBe(false)
    expect(countsForSide(QUESTION_SET_V2, both, 'service')).toBe(false)
    expect(countsForSide(QUESTION_SET_V1, both, 'product')).toBe(true)
  })

  it('has at least seven questions for each side', () => {
    expect(questions.filter((q) => q.side === 'product').length).toBeGreaterThanOrEqual(7)
    expect(questions.filter((q) => q.side === 'service').length).toBeGreaterThanOrEqual(7)
  })

  it('keeps the ids that findings and checks rely on', () => {
    const ids = questions.map((q) => q.id)
    for (const id of [
      'decision-sponsor',
      'decision-staying-power',
      'decision-service-goals',
      'decision-finance',
      'methods-fit',
      'culture-anytime',
      'integration-ownership',
    ]) {
      expect(ids).toContain(id)
    }
  })

  it('carries a set-1 answer over only where the question kept its id and its whole ladder', () => {
    const all = Object.fromEntries(allQuestions(QUESTION_SET_V1).map((q) => [q.id, 3 as const]))
    const carried = Object.keys(carriedOverAnswers(all, QUESTION_SET_V1, QUESTION_SET_V2)).sort()
    expect(carried).toEqual(['decision-finance', 'integration-cycles', 'integration-ownership', 'methods-supply'])
    for (const id of carried) expect(wordsOf(QUESTION_SET_V2, id).levels).toEqual(wordsOf(QUESTION_SET_V1, id).levels)
  })

  it('keeps a set-1 id only on the same side and in the same dimension', () => {
    const before = new Map(allQuestions(QUESTION_SET_V1).map((q) => [q.id, q]))
    for (const q of questions) {
      const old = before.get(q.id)
      if (old) expect(old.side, q.id).toBe(q.side)
    }
  })

  it('says "someone senior enough", as the essay does, and never "the board" or jargon', () => {
    const words = questions.flatMap((q) => {
      const { text, levels, advice } = wordsOf(QUESTION_SET_V2, q.id)
      return [text, ...levels, ...(typeof advice === 'string' ? [advice] : advice)]
    })
    for (const text of words) expect(text).not.toMatch(/\bboard\b|stage-gate|value proposition|KPI|synerg/i)
  })

  it.each(questions.map((q) => [q.id, wordsOf(QUESTION_SET_V2, q.id)] as const))('%s has four distinct advice texts, one a step', (_id, words) => {
    expect(Array.isArray(words.advice)).toBe(true)
    expect(words.advice).toHaveLength(4)
    expect(new Set(words.advice).size).toBe(4)
    for (const level of [1, 2, 3, 4] as const) {
      const text = stepAdvice(words, level)
      expect(text.trim().length).toBeGreaterThan(20)
      expect(text).toBe(words.advice[level - 1])
    }
  })
})

/** Content words, lower case, with common endings cut: "planned" and "plans" read as one word. */
function contentWords(text: string): string[] {
  const stop = new Set(
    'a an the and or of to for in on at by with from is are be it its as that this each every one their they them your you who what which when how than then into not no so such do does was were has have had all any'.split(' '),
  )
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !stop.has(word))
    .map((word) => word.replace(/(ing|ed|es|s)$/, ''))
}

/** How alike two texts are in wording, 0 to 1: the Dice coefficient of their pairs of adjacent content words. */
function wordingOverlap(a: string, b: string): number {
  const pairs = (text: string) => {
    const words = contentWords(text)
    return new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`))
  }
  const [x, y] = [pairs(a), pairs(b)]
  const shared = [...x].filter((pair) => y.has(pair)).length
  return (2 * shared) / (x.size + y.size || 1)
}

/** A first move this close to the level it leads to restates it instead of saying how to get there. */
const RESTATES = 0.4

describe('question set 3', () => {
  const set = QUESTION_SET_V3
  const questions = allQuestions(set)
  const steps = questions.flatMap((q) => {
    const words = wordsOf(set, q.id)
    return ([1, 2, 3, 4] as const).map((level) => ({
      id: q.id,
      level,
      owner: q.owners?.[level - 1],
      move: stepAdvice(words, level),
      nextLevel: words.levels[level]!,
    }))
  })

  it('counts questions about both for neither side, with at least seven questions a side', () => {
    expect(set.bothSide).toBe('counts-for-neither')
    expect(questions.filter((q) => q.side === 'product').length).toBeGreaterThanOrEqual(7)
    expect(questions.filter((q) => q.side === 'service').length).toBeGreaterThanOrEqual(7)
  })

  it('keeps the ids that findings and checks rely on, and asks about the first use as a question of both sides', () => {
    const ids = questions.map((q) => q.id)
    for (const id of ['decision-sponsor', 'decision-staying-power', 'decision-service-goals', 'decision-finance', 'methods-fit', 'culture-anytime', 'integration-ownership']) {
      expect(ids).toContain(id)
    }
    expect(questions.find((q) => q.id === 'integration-first-use')?.side).toBe('both')
  })

  it('takes equally low steps in the order decision, culture, methods, integration, transformation', () => {
    expect(set.necessityOrder).toEqual(['decision', 'culture', 'methods', 'integration', 'transformation'])
  })

  it('carries a set-2 answer over only where the question kept its id and its whole ladder', () => {
    const all = Object.fromEntries(allQuestions(QUESTION_SET_V2).map((q) => [q.id, 3 as const]))
    expect(Object.keys(carriedOverAnswers(all, QUESTION_SET_V2, set)).sort()).toEqual([
      'culture-durable',
      'culture-satisfaction',
      'decision-sponsor',
      'integration-ownership',
      'integration-production',
      'methods-resolution',
      'methods-supply',
      'transformation-competitor',
      'transformation-convenience',
      'transformation-payment',
    ])
  })

  it.each(steps.map((s) => [s.id, s.level, s] as const))('%s, step up from level %i, names who moves first and a first move of its own', (_id, _level, step) => {
    expect(ROLE_IDS).toContain(step.owner)
    expect(step.move.trim().split(/\s+/).length).toBeGreaterThanOrEqual(12)
    expect(wordingOverlap(step.move, step.nextLevel), `“${step.move}” restates “${step.nextLevel}”`).toBeLessThan(RESTATES)
  })

  it('has no two steps with the same or nearly the same first move', () => {
    for (const [i, a] of steps.entries()) {
      for (const b of steps.slice(i + 1)) {
        expect(wordingOverlap(a.move, b.move), `${a.id} ${a.level}→${a.level + 1} and ${b.id} ${b.level}→${b.level + 1}`).toBeLessThan(RESTATES)
      }
    }
  })

  it('says "someone senior enough", never "the board", and names the EU support-period rule once, where the support period is asked', () => {
    const texts = questions.flatMap((q) => {
      const { text, levels, advice } = wordsOf(set, q.id)
      return [text, ...levels, ...(typeof advice === 'string' ? [advice] : advice)]
    })
    for (const text of texts) expect(text).not.toMatch(/\bboard\b|stage-gate|value proposition|KPI|synerg/i)
    expect(texts.filter((text) => text.includes('Cyber Resilience Act'))).toHaveLength(1)
    expect(JSON.stringify(wordsOf(set, 'integration-parts'))).toContain('Cyber Resilience Act')
  })
})

describe('the restatement check', () => {
  it('flags the set-2 steps that restated the level they lead to', () => {
    // Set 2's 4→5 step of transformation-payment, printed right above "Level 5 looks like this".
    const payment = wordsOf(QUESTION_SET_V2, 'transformation-payment')
    expect(wordingOverlap(stepAdvice(payment, 4), payment.levels[4])).toBeGreaterThanOrEqual(RESTATES)
    const measures = wordsOf(QUESTION_SET_V2, 'decision-product-measures')
    expect(wordingOverlap(stepAdvice(measures, 2), measures.levels[2])).toBeGreaterThanOrEqual(RESTATES)
  })

  it('lets a move that shares a few words with its level pass', () => {
    expect(wordingOverlap('Ask finance for the margin of one model.', 'Each model’s margin is reported every month.')).toBeLessThan(RESTATES)
  })
})

describe('the essay check itself', () => {
  it('refuses a quote the essay does not have', () => {
    const invented = quoteParts('Putting a chip in it is the whole answer.')
    expect(invented.every((part) => normalise(essay).includes(part))).toBe(false)
  })

  it('refuses a passage cited under the wrong section', () => {
    const [part] = quoteParts('Things require a stock and supply chain.')
    expect(sectionBodies('Management Methods').some((body) => body.includes(part ?? '?'))).toBe(true)
    expect(sectionBodies('Product vs. Services Business').some((body) => body.includes(part ?? '?'))).toBe(false)
  })

  it('finds both occurrences of the heading the essay uses twice', () => {
    expect(sectionBodies('On Digitalised Product Management')).toHaveLength(2)
  })

  it('holds only the product’s essay, not the Celery note or the German essay that follow it in the seed', () => {
    expect(normalise(essay)).not.toContain(normalise('Celery is a distributed task execution environment'))
    expect(normalise(essay)).not.toContain(normalise('Digitalisierung'))
    expect(normalise(essay)).toContain(normalise('Digitised Products need to consider both'))
  })
})

/** A writable copy of the set, for breaking it on purpose. */
interface LooseSet {
  version: number
  necessityOrder: string[]
  dimensions: { id: string; questions: { id: string; side: string; essay: string; ladderSince: number; owners?: string[] }[] }[]
}

function brokenSet(breakIt: (set: LooseSet) => void): LooseSet {
  const copy = JSON.parse(JSON.stringify(QUESTION_SET_V1)) as LooseSet
  breakIt(copy)
  return copy
}

function firstQuestion(set: LooseSet, dimension = 0, question = 0) {
  const q = set.dimensions[dimension]?.questions[question]
  if (!q) throw new Error('no such question')
  return q
}

describe('questionSetSchema', () => {
  it('accepts an unchanged copy (so the refusals below are about the change alone)', () => {
    expect(questionSetSchema.safeParse(brokenSet(() => {})).success).toBe(true)
  })

  it('refuses a set from question set 3 on with a question that names no one for its steps', () => {
    const v3 = JSON.parse(JSON.stringify(QUESTION_SET_V3)) as LooseSet
    expect(questionSetSchema.safeParse(v3).success).toBe(true)
    delete firstQuestion(v3).owners
    expect(questionSetSchema.safeParse(v3).error?.issues.map((issue) => issue.message)).toContain(
      'from set 3 on, every question names who moves first on each step up',
    )
  })

  it('accepts a question that names who moves first on each step up', () => {
    const withOwners = brokenSet((set) => {
      firstQuestion(set).owners = ['senior-sponsor', 'product-lead', 'finance-lead', 'service-lead']
    })
    expect(questionSetSchema.safeParse(withOwners).success).toBe(true)
  })

  it.each<[string, (set: LooseSet) => void, string | undefined]>([
    [
      'a duplicate question id',
      (set) => {
        firstQuestion(set, 1, 0).id = firstQuestion(set, 0, 0).id
      },
      'question ids must be unique',
    ],
    [
      'a passage from a section the essay does not have',
      (set) => {
        firstQuestion(set).essay = 'preface'
      },
      undefined,
    ],
    [
      'a ladder dated after its own question set',
      (set) => {
        firstQuestion(set).ladderSince = 2
      },
      'a ladder cannot date from a later question set than its own',
    ],
    [
      'an order of necessity that leaves out a dimension',
      (set) => {
        set.necessityOrder.pop()
      },
      'the order of necessity must name every dimension once',
    ],
    [
      'an order of necessity that names a dimension twice',
      (set) => {
        set.necessityOrder[0] = 'methods'
      },
      'the order of necessity must name every dimension once',
    ],
    [
      'a dimension with only service questions',
      (set) => {
        for (const q of set.dimensions[2]?.questions ?? []) q.side = 'service'
      },
      'every dimension must speak to both the product and the service side',
    ],
    [
      'a dimension with only product questions',
      (set) => {
        for (const q of set.dimensions[4]?.questions ?? []) q.side = 'product'
      },
      'every dimension must speak to both the product and the service side',
    ],
    [
      'dimensions out of order',
      (set) => {
        set.dimensions.reverse()
      },
      'dimensions must be culture, methods, transformation, decision, integration, in that order',
    ],
    [
      'a dimension with four questions',
      (set) => {
        set.dimensions[3]?.questions.pop()
      },
      undefined,
    ],
    [
      'an unknown side',
      (set) => {
        firstQuestion(set).side = 'hardware'
      },
      undefined,
    ],
    [
      'a step owner who is not one of the roles',
      (set) => {
        firstQuestion(set).owners = ['senior-sponsor', 'product-lead', 'everyone', 'service-lead']
      },
      undefined,
    ],
    [
      'a question id that is not kebab-case',
      (set) => {
        firstQuestion(set).id = 'Culture_Judged'
      },
      undefined,
    ],
    [
      'version 0',
      (set) => {
        set.version = 0
      },
      undefined,
    ],
  ])('refuses %s', (_what, breakIt, message) => {
    const result = questionSetSchema.safeParse(brokenSet(breakIt))
    expect(result.success).toBe(false)
    if (message !== undefined) expect(result.error?.issues.map((issue) => issue.message)).toContain(message)
  })
})
