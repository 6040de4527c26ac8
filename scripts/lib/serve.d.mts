export declare function serve(options: { root: string; http2?: boolean }): Promise<{ url: string; origin: string; close: () => Promise<void> }>
