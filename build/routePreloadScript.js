// Runs from <head>, before the app's own code has arrived: starts loading the chunks of the page
// in the address (a results link: its view), so that they come in parallel with the app instead
// of one network round trip after it. Its data, written by build/routePreload.ts at build time,
// is the JSON in <script id="route-chunks">, just before this script.
;(function () {
  var data = JSON.parse(document.getElementById('route-chunks').textContent)
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
