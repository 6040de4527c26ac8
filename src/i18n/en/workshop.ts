/** The words of the page that compares several results links. */
export const workshop = {
  workshop: {
    title: 'Compare several results',
    lead: 'For a workshop: collect your colleagues’ results links and paste them here, one per line, to see everyone’s scores side by side. Nothing is saved or sent anywhere: keep the one link with everyone’s results, further down, to come back to this view.',
    linksLabel: 'Results links, one per line',
    linksHint: 'Paste whole links or just the part after “#/r/”. Up to 50 links.',
    includeMine: 'Include my own results',
    lineOk: (n: number) => `Line ${n}:`,
    lineError: (n: number, message: string) => `Line ${n}: ${message}`,
    lineDuplicate: (n: number, first: number) => `Line ${n} is the same result as line ${first}: counted once.`,
    lineTeam: (n: number, people: number) => `Line ${n} is a team link: its ${people} ${people === 1 ? 'person is' : 'people are'} added below.`,
    teamDuplicates: (copies: number) =>
      `The team link held ${copies} ${copies === 1 ? 'copy' : 'copies'} of a result already in it: ${copies === 1 ? 'it was' : 'they were'} left out, so that each person counts once.`,
    tooMany: (max: number, withMine: boolean) =>
      withMine
        ? `Only the first ${max} links are shown: with your own results, that makes ${max + 1}, the most one view takes.`
        : `Only the first ${max} links are shown: one view takes at most ${max} people.`,
    person: (n: number) => `Link ${n}`,
    mine: 'Mine',
    tableCaption: 'Scores side by side (0–100)',
    measure: 'Score',
    radar: (names: string) => `Radar chart of the dimension scores of ${names}; the table has the same figures.`,
    empty: 'Paste at least one results link to compare.',
    mixedQuestionSets:
      'These people answered different question sets. Each result is scored by its own set’s rules, and the sets ask partly different questions, so compare the dimension scores only roughly; the team’s medians mix the sets. Answers are compared question by question only between people who answered the same set. For a like-for-like comparison, ask those on an older set to answer the current one and send you a new link.',
    mixedSides:
      'Do not compare the product-side and service-side scores: question set 1 counted questions about both product and service towards both sides, later sets towards neither.',
    questionSetPeople: (version: number, current: boolean) => `Question set ${version}${current ? ' (current)' : ' (older)'}:`,
    questionSet: (version: number, current: boolean) => `Question set ${version}${current ? ' (current)' : ' (older)'}`,
    teamLinkLabel: 'One link with everyone’s results',
    teamLinkHint: (length: number) =>
      `Send or keep this link: opened anywhere, it shows this same team view. Everyone’s results are in the link itself (${length} characters after the “#”): browsers never send that part to a server, but anyone you send it to can read them. Some chat and e-mail tools cut long links: open it once after sending to check that it works.`,
    teamLinkErrors: {
      'not-a-link': 'This address holds no team link.',
      'bad-character': 'The team link holds characters a link never has: it was changed or cut when it was copied.',
      truncated: 'The team link is cut short: part of it was lost when it was copied.',
      'too-long': 'The team link has extra characters at its end: something was added to it when it was copied.',
      checksum: 'The team link is damaged: part of it was changed or lost when it was copied.',
      'unknown-version': 'This team link was made by a newer version of More than a Chip than the one open here.',
      'too-many': 'The team link is damaged: it does not hold a number of people a team link can carry (1 to 50).',
      'bad-person': 'One person’s results inside the team link are damaged.',
    },
    teamLinkTodo: 'Your own saved answers were not changed. Ask for the link again, copied whole, or paste everyone’s own results links below.',
    teamLinkTodoNewer:
      'Your own saved answers were not changed. Reload the page; when it offers the new version, choose “Update now”, then open the link again. If no new version is offered, the link is damaged.',
    startTitle: 'Getting a workshop started',
    qrLabel: (address: string) => `QR code of this tool’s address, ${address}`,
    step1: 'Ask everyone to scan the code, or to open this address, on their own phone or laptop:',
    step2: 'Each person answers alone, in about ten minutes; nothing they enter leaves their browser until they send you their link.',
    step3: 'On their results page, each copies the link under “Share these results” and sends it to you by chat or e-mail; paste the links below, one per line.',
    teamTitle: (people: number, questionSets: number) =>
      `The team: ${people} ${people === 1 ? 'person' : 'people'}${questionSets > 1 ? ` (${questionSets} question sets mixed)` : ''}`,
    teamCaption: 'The team’s median and range (highest − lowest) of each score, 0–100',
    median: 'Median',
    range: 'Range',
    disagreementsTitle: 'Where the team disagrees',
    disagreementsIntro:
      'Questions where answers lie two or more levels apart, widest first: start the discussion here. Only people who answered the same question set are compared; “don’t know” answers are not counted.',
    noDisagreements: 'No two people who answered the same question set are two or more levels apart on any question.',
    tooFewToCompare: 'Too few people answered the same question set to compare answers question by question.',
    levelsApart: (range: number) => `Answers ${range} levels apart.`,
    levelsApartIn: (range: number, version: number) => `Answers ${range} levels apart, among those who answered question set ${version}.`,
    level: (level: number) => `Level ${level}`,
    people: (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`,
  },
}
