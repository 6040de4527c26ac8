import { nextTick, onMounted, ref } from 'vue'
import { useRouter } from 'vue-router'

/**
 * What the page says about new versions:
 * - `ready`: a new version is waiting; it takes over on "Update now", or when asked later;
 * - `elsewhere`: a new version took over from another tab while this page still runs the old
 *   one, which may fail to load the code of a page not opened yet: the page asks for a reload.
 */
type AppUpdate = 'none' | 'ready' | 'elsewhere'

/** Resolves once `ready` has, the page's load event has fired, and a frame has been drawn since. */
async function pageDrawn(ready: Promise<void>): Promise<void> {
  await ready
  await nextTick()
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }))
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/**
 * Registers the service worker that keeps the app working offline after one visit (built app
 * only), and says when a new version is waiting. The page reloads on the person's click only:
 * answers, figures and snapshots are saved on every change and survive the reload; links pasted
 * on the compare page and a label typed in the share panel do not, nor does anything the browser
 * refused to save (the notice then offers a copy first), which is why nothing reloads without the
 * click, in any tab.
 */
export function useAppUpdate() {
  const router = useRouter()
  const appUpdate = ref<AppUpdate>('none')
  let update: (() => Promise<void>) | undefined
  let applying = false

  onMounted(async () => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    // The visit that installed the app is not controlled when it loads: its first worker taking
    // charge of it changes nothing. Any later change of worker is a new version. (A page loaded
    // past the worker, by a hard reload, is taken for such a first visit too.)
    let controlled = navigator.serviceWorker.controller !== null
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (applying) return location.reload()
      if (!controlled) {
        controlled = true
        return
      }
      appUpdate.value = 'elsewhere'
    })
    // Registered once the opened page is drawn and everything it loaded has arrived: the worker's
    // precache (the whole app) never competes with a first visit's own requests.
    await pageDrawn(router.isReady())
    const { registerSW } = await import('virtual:pwa-register')
    update = registerSW({
      onNeedRefresh: () => {
        if (appUpdate.value === 'none') appUpdate.value = 'ready'
      },
      // The plugin would reload the page itself when a new version takes over; the listener above decides.
      onNeedReload: () => {},
    })
  })

  async function applyUpdate() {
    applying = true
    // Another tab may have put the new version in charge already: then only the reload is left.
    const registration = await navigator.serviceWorker.getRegistration()
    if (!registration?.waiting) return location.reload()
    await update?.()
  }

  /** Hides the notice; the new version waits, and is offered again when a page of the app next opens. */
  function updateLater() {
    appUpdate.value = 'none'
  }

  function reload() {
    location.reload()
  }

  return { appUpdate, applyUpdate, updateLater, reload }
}
