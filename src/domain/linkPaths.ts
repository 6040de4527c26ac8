// The link format's paths: part of every link ever shared, so they never change. The route table
// (src/router/routes.ts) opens them; nothing else restates them.

/** The fragment path that carries a results link's payload: `#/r/<payload>`. */
export const RESULT_LINK_PATH = '/r/'

/** The fragment path that carries a team link's payload: `#/t/<payload>`. */
export const TEAM_LINK_PATH = '/t/'
