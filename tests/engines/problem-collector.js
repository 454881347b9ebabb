// Test only: tests/engines/site.ts puts this first in the cross-engine test build's pages, right under
// the Content-Security-Policy, as a file of the deck's own origin (the policy allows no inline script).
// It records what a page must never show, for every engine alike: WebKitWebDriver speaks classic
// WebDriver, which reports no console at all. engines.ts reads and empties the list before each
// navigation, and reports a page where the list is missing.
(() => {
  const problems = []
  window.__deckProblems = problems
  // Errors and DOMExceptions by name, message and (where the engine gives one) stack.
  const describe = value => value && typeof value === 'object' && 'message' in value
    ? [`${value.name}: ${value.message}`, value.stack].filter(Boolean).join('\n')
    : String(value)

  const consoleError = console.error
  console.error = (...args) => {
    problems.push(`console error: ${args.map(describe).join(' ')}`)
    consoleError.apply(console, args)
  }
  // Capturing: uncaught errors arrive as ErrorEvents on window; a script, style, font or image that
  // failed to load fires a plain error event on its element, which does not bubble.
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) {
      problems.push(`page error: ${describe(event.error ?? event.message)} (${event.filename}:${event.lineno})`)
      return
    }
    const element = event.target
    problems.push(`failed to load: <${element.localName}> ${element.src || element.href || ''}`)
  }, true)
  addEventListener('unhandledrejection', event => problems.push(`unhandled promise rejection: ${describe(event.reason)}`))
  document.addEventListener('securitypolicyviolation', event => problems.push(
    `Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI} "${event.sample}" at ${event.sourceFile}:${event.lineNumber}`,
  ))
})()
