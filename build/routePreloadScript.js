// Runs inline from <head>, before the app's own code has arrived: starts loading the chunks of
// the page in the address (a results link: its view), and the words of the reader's language,
// so that they come in the same round trip as the app instead of one or two after it. The
// language is chosen as src/i18n/language.ts chooses it: the one stored, else the first of the
// browser's languages the app speaks, else the first the app speaks. build/routePreload.ts
// writes the data in place of ROUTE_CHUNKS at build time, drops these comment lines, and pins
// the script's SHA-256 hash in the Content-Security-Policy: no other inline script runs.
;(function () {
  var data = ROUTE_CHUNKS
  var hash = location.hash || '#/'
  var language = data.languages[0]
  var stored = null
  try {
    stored = localStorage.getItem(data.languageKey)
  } catch {
    // Storage switched off: the browser's languages decide.
  }
  if (data.languages.indexOf(stored) >= 0) {
    language = stored
  } else {
    var tags = navigator.languages || [navigator.language]
    for (var t = 0; t < tags.length; t++) {
      var primary = String(tags[t]).toLowerCase().split('-')[0]
      if (data.languages.indexOf(primary) >= 0) {
        language = primary
        break
      }
    }
  }
  function preload(indexes) {
    ;(indexes || []).forEach(function (index) {
      var file = data.files[index]
      var link = document.createElement('link')
      if (/\.css$/.test(file)) {
        link.rel = 'preload'
        link.as = 'style'
      } else {
        link.rel = 'modulepreload'
      }
      // The same credentials mode as Vite's own <link crossorigin>, or the browser fetches twice.
      link.crossOrigin = ''
      link.href = file
      document.head.appendChild(link)
    })
  }
  preload(data.words[language])
  for (var i = 0; i < data.routes.length; i++) {
    var route = data.routes[i]
    var matches = route.exact ? hash === route.fragment : hash.indexOf(route.fragment) === 0
    if (!matches) continue
    preload(route.files)
    preload(route.words[language])
    return
  }
})()
