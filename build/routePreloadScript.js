// Runs inline from <head>, before the app's own code has arrived: starts loading the chunks of
// the page in the address (a results link: its view), so that they come in the same round trip
// as the app instead of one after it. build/routePreload.ts writes the data in place of
// ROUTE_CHUNKS at build time, drops these comment lines, and pins the script's SHA-256 hash in
// the Content-Security-Policy: no other inline script runs.
;(function () {
  var data = ROUTE_CHUNKS
  var hash = location.hash || '#/'
  for (var i = 0; i < data.routes.length; i++) {
    var route = data.routes[i]
    var matches = route.exact ? hash === route.fragment : hash.indexOf(route.fragment) === 0
    if (!matches) continue
    route.files.forEach(function (index) {
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
    return
  }
})()
