import { it } from 'vitest'
import { readFileSync } from 'node:fs'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { allQuestions } from '@/domain/questionSet'
it('scratch', () => {
  const essay = readFileSync('/work/shared/seed/essay-on-digitalised-product-management.txt', 'utf8')
  const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase().trim()
  const e = norm(essay)
  for (const q of allQuestions(QUESTION_SET_V1)) {
    const parts = q.essay.quote.split('…').map((p) => norm(p)).filter(Boolean)
    for (const p of parts) if (!e.includes(p)) console.log('MISSING', q.id, p)
    for (const [i, l] of q.levels.entries()) {
      const n = l.trim().split(/\s+/).length
      if (n < 8 || n > 25) console.log('WORDS', q.id, i + 1, n, l)
      if (/\b(excellent|world-class|best)\b/i.test(l)) console.log('PRAISE', q.id, l)
    }
    console.log(q.id, q.side)
  }
})
