// The bench's peer: the same first step of questions on a bare Vue + Pinia page, no router,
// no validation, no storage: the floor a Vue app of this kind can reach.
import { createApp, h } from 'vue'
import { createPinia, defineStore } from 'pinia'
import { QUESTION_SET_V2 } from '../../src/domain/questions.v2'
import { questionsV2 } from '../../src/i18n/en/questions.v2'

const useAnswers = defineStore('answers', { state: () => ({ answers: {} as Record<string, number> }) })

const App = {
  setup() {
    const store = useAnswers()
    return () =>
      h(
        'main',
        QUESTION_SET_V2.dimensions[0]!.questions.map((question) =>
          h('fieldset', [
            h('legend', questionsV2[question.id].text),
            ...questionsV2[question.id].levels.map((level, i) =>
              h('label', [
                h('input', { type: 'radio', name: question.id, onChange: () => (store.answers[question.id] = i + 1) }),
                level,
              ]),
            ),
          ]),
        ),
      )
  },
}

createApp(App).use(createPinia()).mount('#app')
