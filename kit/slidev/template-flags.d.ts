// Slidev's print pages, which the hosted deck keeps (./client.ts), read two build flags in their templates,
// where Vue looks them up on the component: declared there for the type check.
declare module 'vue' {
  interface ComponentCustomProperties {
    __SLIDEV_FEATURE_DRAWINGS__: boolean
    __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
  }
}

export {}
