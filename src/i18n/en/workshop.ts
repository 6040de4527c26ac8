/** The words of the page that compares several results links. */
export const workshop = {
  workshop: {
    title: 'Compare several results',
    lead: 'For a workshop: collect your colleagues’ results links and paste them here, one per line, to see everyone’s scores side by side. Nothing is saved or sent anywhere.',
    linksLabel: 'Results links, one per line',
    linksHint: 'Paste whole links or just the part after “#/r/”. Up to 12 links.',
    includeMine: 'Include my own results',
    lineOk: (n: number) => `Line ${n}:`,
    lineError: (n: number, message: string) => `Line ${n}: ${message}`,
    tooMany: (max: number) => `Only the first ${max} links are shown.`,
    person: (n: number) => `Link ${n}`,
    mine: 'Mine',
    tableCaption: 'Scores side by side (0–100)',
    measure: 'Score',
    radar: (names: string) => `Radar chart of the dimension scores of ${names}; the table has the same figures.`,
    spread: 'Spread (highest − lowest)',
    empty: 'Paste at least one results link to compare.',
  },
}
