import type { Answer } from './questionSet'

/**
 * A draft as two tabs of one browser merge it: one questionnaire's answers, each with the time
 * it was given, and the time the draft was started (a start over, a newer questionnaire, an
 * import), before which no answer counts. Times are milliseconds on the browser's clock, which
 * every tab shares.
 */
export interface DraftClock {
  readonly questionSetVersion: number
  readonly startedAt: number
  readonly answers: Readonly<Record<string, Answer>>
  readonly answeredAt: Readonly<Record<string, number>>
}

/** Whether `a` started later than `b`: the later start wins, and at the same time the newer questionnaire. */
function startedLater(a: DraftClock, b: DraftClock): boolean {
  return a.startedAt !== b.startedAt ? a.startedAt > b.startedAt : a.questionSetVersion > b.questionSetVersion
}

/**
 * Two tabs' drafts as one: the later start, and from both every answer given since it, the
 * latest for each question. An answer saved without a time counts as given when its draft
 * started. The same in either order and when merged again, so that tabs that saved at the same
 * moment, each over the other, agree once each has read the other's draft.
 */
export function mergeDrafts(a: DraftClock, b: DraftClock): DraftClock {
  const [later, earlier] = startedLater(b, a) ? [b, a] : [a, b]
  const answers: Record<string, Answer> = {}
  const answeredAt: Record<string, number> = {}
  for (const draft of [later, earlier]) {
    if (draft.questionSetVersion !== later.questionSetVersion) continue
    for (const [id, answer] of Object.entries(draft.answers)) {
      const at = draft.answeredAt[id] ?? draft.startedAt
      if (at < later.startedAt) continue
      const known = answeredAt[id]
      // Two answers to one question at the same moment: the same one wins in every tab.
      if (known === undefined || at > known || (at === known && String(answer) > String(answers[id]))) {
        answers[id] = answer
        answeredAt[id] = at
      }
    }
  }
  return { questionSetVersion: later.questionSetVersion, startedAt: later.startedAt, answers, answeredAt }
}

/** Whether two drafts hold the same answers, given at the same times, to the same questionnaire. */
export function sameDraft(a: DraftClock, b: DraftClock): boolean {
  const ids = Object.keys(a.answers)
  return (
    a.questionSetVersion === b.questionSetVersion &&
    a.startedAt === b.startedAt &&
    ids.length === Object.keys(b.answers).length &&
    ids.every((id) => a.answers[id] === b.answers[id] && (a.answeredAt[id] ?? a.startedAt) === (b.answeredAt[id] ?? b.startedAt))
  )
}
