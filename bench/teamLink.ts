// A team link of 50 people with varied answers, for the bench's team-view timing. Built with
// the app's own codec from a seeded generator, so every run measures the same team.
import { allQuestions, type Answer } from '../src/domain/questionSet'
import { QUESTION_SET_V2 } from '../src/domain/questions.v2'
import { encodeTeamLink } from '../src/domain/teamLink'

export function fiftyPeopleTeamLink(): string {
  let seed = 20261126
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  const ids = allQuestions(QUESTION_SET_V2).map((q) => q.id)
  const states = Array.from({ length: 50 }, () => ({
    questionSetVersion: 2,
    answers: Object.fromEntries(ids.map((id) => [id, (Math.floor(next() * 5) + 1) as Answer])),
  }))
  return encodeTeamLink(states)
}
