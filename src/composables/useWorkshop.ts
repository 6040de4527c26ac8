import { computed, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import type { RadarSeries } from '@/components/ResultsRadarChart.vue'
import { MEDIAN_COLOUR, personColour } from '@/charts/palette'
import { useAssessment } from '@/composables/useAssessment'
import { encodeTeamLink, decodeTeamLink, distinctResults, readCompareLines, TEAM_LINK_PATH, type TeamLinkError } from '@/domain/teamLink'
import { MAX_TEAM, summariseTeam } from '@/domain/team'
import {
  dimensionMedians,
  dimensionScores,
  measureScore,
  measureSpread,
  openTeamLinks,
  pastedLines,
  questionSetGroups,
  resultLinks,
  TEAM_MEASURES,
  teamMember,
  workshopPerson,
  type TeamMeasure,
} from '@/domain/workshop'
import { t } from '@/i18n/sharedLink'

/**
 * The workshop page (#/compare, and every team link #/t/…): the results links pasted in its box,
 * read a line at a time; the people they give, with one's own results when asked; the team's
 * medians, ranges and disagreements; one team link for everyone; and the radar's series.
 */
export function useWorkshop() {
  const { store, score: myScore, questionSet: mySet, state: myState } = useAssessment()
  const route = useRoute()
  const text = ref('')
  const includeMine = ref(false)
  /** The app's own address, without query or fragment: what people open, and where links point. */
  const appAddress = location.href.split(/[?#]/)[0]!

  // A team link fills the page with everyone's links, each person once; a damaged one is said,
  // in place of the team that was open before (that one is still a step back in the history).
  const teamError = ref<TeamLinkError | null>(null)
  /** How many repeats of a result already there the last team link opened or pasted held. */
  const teamDuplicates = ref(0)
  // The same view serves #/compare and every #/t/ link: read the link whenever it changes.
  watch(
    () => (route.name === 'team' ? route.params.payload : null),
    (param) => {
      teamError.value = null
      teamDuplicates.value = 0
      if (param === null || param === undefined) return
      const decoded = decodeTeamLink(Array.isArray(param) ? param.join('/') : String(param))
      if (decoded.ok) {
        const team = distinctResults(decoded.states)
        text.value = resultLinks(appAddress, team.states).join('\n')
        teamDuplicates.value = team.duplicates
      } else {
        text.value = ''
        teamError.value = decoded.error
      }
    },
    { immediate: true },
  )

  const lines = computed(() => pastedLines(text.value))
  // With one's own results included, one link fewer fits: a team is at most MAX_TEAM people.
  const linkRoom = computed(() => MAX_TEAM - (includeMine.value && store.hasAnswers ? 1 : 0))
  const read = computed(() => readCompareLines(lines.value.slice(0, linkRoom.value)))
  // A team link pasted as a line becomes its people's own links, each person once.
  watch(read, (all) => {
    const opened = openTeamLinks(text.value, all, appAddress)
    if (!opened) return
    text.value = opened.text
    teamDuplicates.value = opened.duplicates
  })
  const decoded = computed(() =>
    read.value.map((l) => {
      const { number } = l
      switch (l.kind) {
        case 'result':
          return { number, ok: true as const, name: l.state.label ?? t.workshop.person(number), ...workshopPerson(l.state) }
        case 'duplicate':
          return { number, ok: false as const, tone: 'hint' as const, message: t.workshop.lineDuplicate(number, l.sameAs) }
        case 'bad-result':
          return { number, ok: false as const, tone: 'error' as const, message: t.workshop.lineError(number, t.shared.errors[l.error]) }
        case 'bad-team':
          return { number, ok: false as const, tone: 'error' as const, message: t.workshop.lineError(number, t.workshop.teamLinkErrors[l.error]) }
        case 'team':
          return { number, ok: false as const, tone: 'hint' as const, message: t.workshop.lineTeam(number, l.team.states.length) }
      }
    }),
  )

  /** Everyone on the page, a column each: the links' people in their order, then one's own results. */
  const columns = computed(() => [
    ...decoded.value.flatMap((d) => (d.ok ? [{ key: `line-${d.number}`, name: d.name, state: d.state, set: d.set, score: d.score }] : [])),
    ...(includeMine.value && store.hasAnswers ? [{ key: 'mine', name: t.workshop.mine, state: myState.value, set: mySet.value, score: myScore.value }] : []),
  ])

  /** Who answered which question set. */
  const byQuestionSet = computed(() =>
    questionSetGroups(columns.value).map((g) => ({ version: g.version, current: g.current, names: g.people.map((c) => c.name) })),
  )
  /** The same, when the columns mix question sets; else empty. */
  const questionSets = computed(() => (byQuestionSet.value.length > 1 ? byQuestionSet.value : []))
  /** Whether any two people answered the same question set: only they are compared question by question. */
  const comparable = computed(() => byQuestionSet.value.some((g) => g.names.length > 1))

  const team = computed(() => summariseTeam(columns.value.map(teamMember)))
  /** One link with everyone on the page. */
  const teamLink = computed(() => `${appAddress}#${TEAM_LINK_PATH}${encodeTeamLink(columns.value.map((c) => c.state))}`)

  const measureTitle = (id: TeamMeasure) =>
    id === 'overall' ? t.results.overall : id === 'product' || id === 'service' ? t.sides[id] : t.dimensions[id].title
  /** The team's median and range of every score. */
  const teamRows = computed(() => TEAM_MEASURES.map((id) => ({ id, title: measureTitle(id), spread: measureSpread(team.value, id) })))
  /** Everyone's scores side by side. */
  const rows = computed(() =>
    TEAM_MEASURES.map((id) => ({ id, title: measureTitle(id), values: columns.value.map((c) => measureScore(c.score, id)) })),
  )

  /** The radar: the team's median (with two people or more), then each person. */
  const series = computed((): RadarSeries[] => [
    ...(columns.value.length > 1 ? [{ label: t.workshop.median, color: MEDIAN_COLOUR, values: dimensionMedians(team.value) }] : []),
    ...columns.value.map((c, i) => ({ label: c.name, color: personColour(i), values: dimensionScores(c.score) })),
  ])

  return { store, appAddress, text, includeMine, teamError, teamDuplicates, lines, linkRoom, decoded, columns, questionSets, comparable, team, teamLink, teamRows, rows, series }
}
