import type { Answer, Answers } from '@/domain/questionSet'

/**
 * Answers from a pattern, one character per question id of `ids` (spaces ignored): 1–5 a level,
 * `n` "don't know", `-` unanswered. A pattern of the wrong length is a mistake in the test.
 */
export function answersFrom(pattern: string, ids: readonly string[]): Answers {
  const chars = [...pattern.replace(/ /g, '')]
  if (chars.length !== ids.length) throw new Error(`pattern needs ${ids.length} answers, has ${chars.length}`)
  const answers: Record<string, Answer> = {}
  chars.forEach((char, i) => {
    if (char !== '-') answers[ids[i]!] = char === 'n' ? 'na' : (Number(char) as Answer)
  })
  return answers
}
