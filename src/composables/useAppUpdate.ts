import { onMounted, ref } from 'vue'

/**
 * Registers the service worker that keeps the app working offline after one visit (built app
 * only), and says when a new version is waiting. The page updates on the person's click only:
 * answers, figures and snapshots are saved on every change and survive the reload; links pasted
 * on the compare page do not, which is why nothing reloads without the click.
 */
export function useAppUpdate() {
  const updateReady = ref(false)
  let update: (() => Promise<void>) | undefined

  onMounted(async () => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    // Loaded after the page is up: registering is never in the way of the first view.
    const { registerSW } = await import('virtual:pwa-register')
    update = registerSW({
      onNeedRefresh: () => {
        updateReady.value = true
      },
    })
  })

  async function applyUpdate() {
    // Once the new version has taken charge of the page, the page reloads into it. The plugin's
    // own reload skips the visit that installed the first worker (its page was not controlled
    // when it loaded): this one does not.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
    await update?.()
  }

  /** Hides the notice; the new version waits, and is offered again when a page of the app next opens. */
  function updateLater() {
    updateReady.value = false
  }

  return { updateReady, applyUpdate, updateLater }
}
