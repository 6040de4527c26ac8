// Everything a script started (servers, browsers, child processes) is closed at exit,
// on error and on Ctrl+C alike, newest first.

const cleanups = new Set()

/** Registers `fn` to run at exit; returns a function that unregisters it. */
export function onCleanup(fn) {
  cleanups.add(fn)
  return () => cleanups.delete(fn)
}

/** Runs every registered cleanup, newest first, reporting failures under `name`. */
export async function cleanupAll(name) {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn)
    await Promise.resolve()
      .then(fn)
      .catch((error) => console.error(`${name}: cleanup failed: ${error.message}`))
  }
}

/**
 * Runs a script's `main` under `name`: everything it started is closed at the end, on error and
 * on Ctrl+C alike; an error is printed as its message (the stack only with DEBUG set: most
 * failures explain themselves) and the exit code is 1.
 */
export async function runScript(name, main) {
  cleanupOnSignals(name)
  try {
    await main()
  } catch (error) {
    console.error(`${name}: ${process.env.DEBUG ? (error.stack ?? error.message) : (error.message ?? error)}`)
    process.exitCode = 1
  } finally {
    await cleanupAll(name)
  }
}

/** Cleans up and exits on SIGINT and SIGTERM. */
export function cleanupOnSignals(name) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`\n${name}: ${signal}, closing what was started`)
      void cleanupAll(name).finally(() => process.exit(130))
    })
  }
}
