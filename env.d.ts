/// <reference types="vite/client" />

// A second module id for Chart.js, used by the margin calculator (src/composables/chartMargins.ts).
declare module 'chart.js?margins' {
  export * from 'chart.js'
}
